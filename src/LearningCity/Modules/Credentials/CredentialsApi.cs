using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Credentials.Revocation;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Modules.Credentials.Verification;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials;

public sealed record VerifyRequest([property: Required(ErrorMessage = "Validation.Required"), Display(Name = "Credentials.Field.Jwt")] string? Jwt);

public sealed record RevokeRequest(
    [property: Required(ErrorMessage = "Validation.Required"), StringLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Credentials.Field.Reason")] string? Reason);

public sealed record CredentialStatusDto(string Id, bool Revoked, DateTime? RevokedAt, string? Reason);

internal static class CredentialsApi
{
    public static void MapCredentialsApi(this WebApplication app)
    {
        app.MapGet("/credentials/jwks.json", async (SigningKeyStore keys, CancellationToken ct) =>
            TypedResults.Text((await keys.JwksAsync(ct)).ToJsonString(), "application/jwk-set+json"))
            .WithTags("Credentials").WithName("CredentialsJwks").WithSummary("The platform's public signing keys (also retired ones) as a JSON Web Key Set.");
        var group = app.MapGroup("/api/v1/credentials").WithTags("Credentials");
        group.MapPost("/verify", VerifyAsync).WithName("VerifyCredential").DisableAntiforgery()
            .WithSummary("Checks a VC-JWT: signature, issuer, validity period, known credential and revocation.").ProducesValidationProblem();
        group.MapGet("/{id:guid}/status", StatusAsync).WithName("CredentialStatus")
            .WithSummary("The revocation status of a credential (its credentialStatus URL).");
        group.MapPost("/{id:guid}/revoke", RevokeAsync).WithName("RevokeCredential").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Revokes a credential; for the achievement's issuer (its city or organisation) or an admin.")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/v1/me/credentials", MineAsync).WithTags("Credentials").WithName("MyCredentials")
            .RequireAuthorization(Policies.SignedIn).WithSummary("The signed-in learner's credentials.");
    }

    private static async Task<IResult> VerifyAsync(VerifyRequest request, HttpContext http, CredentialVerifier verifier, CancellationToken ct)
    {
        if (RequestValidation.Check(request, http) is { } invalid) return invalid;
        return TypedResults.Ok(await verifier.VerifyAsync(request.Jwt, ct));
    }

    private static async Task<Results<Ok<CredentialStatusDto>, NotFound>> StatusAsync(Guid id, AppDbContext db, CancellationToken ct)
    {
        var c = await db.Set<IssuedCredential>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(new CredentialStatusDto($"urn:uuid:{c.Id}", c.RevokedAt is not null, c.RevokedAt, c.RevocationReason));
    }

    private static async Task<IResult> RevokeAsync(Guid id, RevokeRequest request, HttpContext http, ClaimsPrincipal user,
        CredentialRevocation revocation, JsonStringLocalizer l, CancellationToken ct)
    {
        if (RequestValidation.Check(request, http) is { } invalid) return invalid;
        return await revocation.RevokeAsync(id, request.Reason!, user, ct) switch
        {
            RevocationOutcome.NotFound => TypedResults.NotFound(),
            RevocationOutcome.Forbidden => TypedResults.Problem(statusCode: 403, detail: l["Credentials.Error.NotIssuer"]),
            RevocationOutcome.AlreadyRevoked => TypedResults.Problem(statusCode: 409, detail: l["Credentials.Error.AlreadyRevoked"]),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<Ok<List<CredentialSummary>>> MineAsync(ClaimsPrincipal user, CredentialRecords records, CancellationToken ct) =>
        TypedResults.Ok(CityAccess.UserId(user) is { } id ? await records.ForUserAsync(id, ct) : []);
}
