using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Credentials.Keys;

/// <summary>Admins see the platform's signing keys and rotate them (a new key signs from then on; old ones still verify).</summary>
internal static class SigningKeysApi
{
    public static void MapSigningKeysApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin/credential-keys").WithTags("Credentials").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (SigningKeyStore keys, CancellationToken ct) => TypedResults.Ok(await keys.AllAsync(ct)))
            .WithName("ListSigningKeys").WithSummary("The platform's signing keys, newest first: which one signs now and how many credentials each signed.");
        group.MapPost("/rotate", RotateAsync).WithName("RotateSigningKey")
            .WithSummary("Retires the signing key and creates a new one for every credential issued from now on; credentials signed with a retired key still verify.")
            .ProducesProblem(409);
    }

    private static async Task<Results<Created<SigningKeyDto>, ProblemHttpResult>> RotateAsync(
        SigningKeyStore keys, JsonStringLocalizer l, CancellationToken ct) =>
        await keys.RotateAsync(ct) is { } key
            ? TypedResults.Created("/api/v1/admin/credential-keys", key)
            : TypedResults.Problem(statusCode: 409, detail: l["Credentials.Keys.RotatedMeanwhile"]);
}
