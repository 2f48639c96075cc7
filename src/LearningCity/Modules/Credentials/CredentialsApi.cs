using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Credentials.Revocation;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Modules.Credentials.Verification;
using LearningCity.Modules.Credentials.Viewing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials;

public sealed record RevokeRequest([property: Required(ErrorMessage = "Validation.Required"), StringLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Credentials.Field.Reason")] string? Reason);

public sealed record CredentialStatusDto(Guid Id, bool Revoked, DateTime? RevokedAt, string? Reason);

/// <summary>Either the compact JWT or the JSON download of a credential.</summary>
public sealed record VerifyRequest(string? Jwt);

internal static class CredentialsApi
{
    public static void MapCredentialsApi(this WebApplication app)
    {
        app.MapGet("/credentials/jwks.json", async (SigningKeyStore keys, CancellationToken ct) =>
            Results.Json(await keys.JwksAsync(ct), contentType: "application/jwk-set+json"))
            .WithTags("Credentials").WithName("CredentialKeys").WithSummary("The platform's public signing keys (JWKS), retired ones included.");

        var group = app.MapGroup("/api/v1/credentials").WithTags("Credentials");
        group.MapPost("/verify", VerifyAsync).WithName("VerifyCredential")
            .WithSummary("Verifies a credential: the body is the compact VC-JWT (text) or its JSON download. Answers valid, the checks made and a summary.")
            .Accepts<VerifyRequest>("application/json", "text/plain", "application/jwt").DisableAntiforgery();
        group.MapGet("/{id:guid}/status", StatusAsync).WithName("CredentialStatus").WithSummary("Whether a credential is revoked (its credentialStatus).");
        group.MapPost("/{id:guid}/revoke", RevokeAsync).RequireAuthorization(Policies.SignedIn).WithName("RevokeCredential")
            .WithSummary("Revokes a credential; only its achievement's issuer (or an admin).")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        app.MapGet("/api/v1/me/credentials", async (ClaimsPrincipal user, CredentialRecords records, CancellationToken ct) =>
            TypedResults.Ok(await records.ForUserAsync(CityAccess.UserId(user)!.Value, ct)))
            .RequireAuthorization(Policies.SignedIn).WithTags("Credentials").WithName("MyCredentials").WithSummary("The signed-in learner's credentials.");
    }

    private static async Task<Ok<VerificationResult>> VerifyAsync(HttpRequest request, CredentialVerifier verifier, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(ct);
        return TypedResults.Ok(await verifier.VerifyAsync(CredentialVerifier.TokenFrom(body), ct));
    }

    private static async Task<Results<Ok<CredentialStatusDto>, NotFound>> StatusAsync(Guid id, AppDbContext db, CancellationToken ct) =>
        await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CredentialStatusDto(c.Id, c.RevokedAt != null, c.RevokedAt, c.RevocationReason)).FirstOrDefaultAsync(ct) is { } dto
            ? TypedResults.Ok(dto) : TypedResults.NotFound();

    private static async Task<IResult> RevokeAsync(Guid id, RevokeRequest input, ClaimsPrincipal user, CredentialRevocation revocation,
        AppDbContext db, JsonStringLocalizer l, HttpContext http, CancellationToken ct)
    {
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        return await revocation.RevokeAsync(id, input.Reason!, user, ct) switch
        {
            RevokeOutcome.NotFound => TypedResults.NotFound(),
            RevokeOutcome.Forbidden => TypedResults.Problem(statusCode: 403, detail: l["Credentials.Error.NotIssuer"]),
            RevokeOutcome.AlreadyRevoked => TypedResults.Problem(statusCode: 409, detail: l["Credentials.Error.AlreadyRevoked"]),
            _ => TypedResults.Ok(await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new CredentialStatusDto(c.Id, true, c.RevokedAt, c.RevocationReason)).FirstAsync(ct)),
        };
    }
}
