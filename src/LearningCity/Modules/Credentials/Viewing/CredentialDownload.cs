using System.Security.Claims;
using System.Text;
using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Viewing;

internal static class CredentialDownload
{
    public static void MapCredentialDownload(this WebApplication app) =>
        app.MapGet("/credentials/{id:guid}/download", async (Guid id, string? format, ClaimsPrincipal user, AppDbContext db, CredentialAccess access, CancellationToken ct) =>
        {
            var credential = await db.IssuedCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (credential is null) return Results.NotFound();
            if (!await access.MayDownloadAsync(user, credential, ct))
                return user.Identity?.IsAuthenticated == true ? Results.StatusCode(403) : Results.Challenge();
            return format == "json"
                ? Results.File(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(CredentialAccess.JsonDownload(credential))), "application/json", $"credential-{id}.json")
                : Results.File(Encoding.ASCII.GetBytes(credential.Jwt), "application/jwt", $"credential-{id}.jwt");
        }).WithTags("Credentials").WithName("DownloadCredential")
          .WithSummary("The signed credential as a .jwt file (or ?format=json: a JSON wrapper with the decoded credential); for its recipient and issuer only.");
}
