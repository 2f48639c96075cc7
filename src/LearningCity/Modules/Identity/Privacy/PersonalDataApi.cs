using System.Security.Claims;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Identity.Privacy;

public sealed record DeleteAccountRequest(string? Password);

internal static class PersonalDataApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void MapPersonalDataApi(this WebApplication app)
    {
        app.MapGet("/me/data/export.json", DownloadAsync).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
        var group = app.MapGroup("/api/v1/me").WithTags("Personal data").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/data", async (ClaimsPrincipal user, UserManager<AppUser> users, PersonalDataService data, CancellationToken ct) =>
                TypedResults.Ok(await data.ExportAsync(Guid.Parse(users.GetUserId(user)!), ct)))
            .WithName("ExportMyData").WithSummary("Everything the platform holds about the caller (PDPA), by module.");
        group.MapPost("/delete", DeleteAsync).WithName("DeleteMyAccount")
            .WithSummary("Deletes the caller's account after checking the password: every module erases or anonymises its rows (registrations stay only as anonymous counts, credentials are revoked, submitted award scores stay under a pseudonym, audit entries name a deleted account).")
            .ProducesValidationProblem().ProducesProblem(409);
    }

    private static async Task<IResult> DownloadAsync(ClaimsPrincipal user, UserManager<AppUser> users, PersonalDataService data, CancellationToken ct) =>
        Results.File(JsonSerializer.SerializeToUtf8Bytes(await data.ExportAsync(Guid.Parse(users.GetUserId(user)!), ct), Json), "application/json", "my-data.json");

    private static async Task<IResult> DeleteAsync(DeleteAccountRequest? body, ClaimsPrincipal user, UserManager<AppUser> users, PersonalDataService data,
        SignInManager<AppUser> signIn, JsonStringLocalizer l, CancellationToken ct)
    {
        var outcome = await data.DeleteAsync(Guid.Parse(users.GetUserId(user)!), body?.Password, ct);
        switch (outcome)
        {
            case AccountDeletion.WrongPassword:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = [l["Privacy.Delete.WrongPassword"]] });
            case AccountDeletion.LastAdmin:
                return TypedResults.Problem(statusCode: 409, detail: l["Privacy.Delete.LastAdmin"]);
            case AccountDeletion.NotFound:
                return TypedResults.NotFound();
        }
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
