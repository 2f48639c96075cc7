using System.Security.Claims;
using LearningCity.Common.Files;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The uploaded file of a resource, under the name it was uploaded with, to whoever may view the resource.</summary>
internal static class ResourceFile
{
    public static void MapResourceFile(this WebApplication app) =>
        app.MapGet("/resources/{id:int}/file", async (int id, ClaimsPrincipal user, ResourceEditing editing, PublisherAccess access,
            FileStore files, HttpContext http, CancellationToken ct) =>
        {
            var resource = await editing.FindAsync(id, ct);
            if (resource?.FileName is null || !await access.CanViewAsync(user, resource, ct)) return Results.NotFound();
            if (files.FindEvidence(resource.FileName) is not { } file) return Results.NotFound();
            // Checked on every request: unpublishing or a moderator's removal revokes the file at once, caches included.
            http.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(file.Path, file.ContentType, FileStore.DownloadName(resource.FileOriginalName, resource.FileName));
        }).ExcludeFromDescription();
}
