using System.Security.Claims;
using LearningCity.Common.Files;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The uploaded file of a resource, under the name it was uploaded with, to whoever may view the resource.</summary>
internal static class ResourceFile
{
    public static void MapResourceFile(this WebApplication app) =>
        app.MapGet("/resources/{id:int}/file", async (int id, ClaimsPrincipal user, ResourceEditing editing, PublisherAccess access,
            FileStore files, CancellationToken ct) =>
        {
            var resource = await editing.FindAsync(id, ct);
            if (resource?.FileName is null || !await access.CanViewAsync(user, resource, ct)) return Results.NotFound();
            if (files.Find(resource.FileName) is not { } file) return Results.NotFound();
            var downloadName = resource.FileOriginalName is { Length: > 0 } original
                ? Path.GetFileNameWithoutExtension(original) + Path.GetExtension(resource.FileName)
                : resource.FileName;
            return Results.File(file.Path, file.ContentType, downloadName);
        }).ExcludeFromDescription();
}
