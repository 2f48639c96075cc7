using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Credentials.Keys;

/// <summary>A rotation; with a public address only when the platform moves to another address (new credentials name the issuer there).</summary>
public sealed record RotateKeyRequest(
    [property: WebAddress, StringLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Credentials.Keys.NewAddress")] string? PublicAddress);

/// <summary>Admins see the platform's signing keys and rotate them (a new key signs from then on; old ones still verify).</summary>
internal static class SigningKeysApi
{
    public static void MapSigningKeysApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin/credential-keys").WithTags("Credentials").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (SigningKeyStore keys, CancellationToken ct) => TypedResults.Ok(await keys.AllAsync(ct)))
            .WithName("ListSigningKeys").WithSummary("The platform's signing keys, newest first: which one signs now, the issuer id each signs as and how many credentials each signed.");
        group.MapPost("/rotate", RotateAsync).WithName("RotateSigningKey")
            .WithSummary("Retires the signing key and creates a new one for every credential issued from now on; credentials signed with a retired key still verify. "
                + "The new key keeps the stored issuer id unless the body gives the platform's new public address (a move to another domain).")
            .Produces<SigningKeyDto>(201).ProducesValidationProblem().ProducesProblem(409);
    }

    private static async Task<IResult> RotateAsync([FromBody] RotateKeyRequest? input, SigningKeyStore keys, JsonStringLocalizer l, HttpContext http, CancellationToken ct)
    {
        if (input is not null && RequestValidation.Check(input, http) is { } invalid) return invalid;
        var address = string.IsNullOrWhiteSpace(input?.PublicAddress) ? null : CredentialUrls.NormalizeOrNull(input.PublicAddress);
        return await keys.RotateAsync(address, ct) is { } key
            ? TypedResults.Created("/api/v1/admin/credential-keys", key)
            : TypedResults.Problem(statusCode: 409, detail: l["Credentials.Keys.RotatedMeanwhile"]);
    }
}
