using System.Security.Claims;
using LearningCity.Common.Files;
using LearningCity.Modules.Research.Editing;

namespace LearningCity.Modules.Research.Catalogue;

/// <summary>The uploaded file of an item, under the name it was uploaded with, to whoever may view the item.</summary>
internal static class ResearchFile
{
    /// <summary>What a research file may be, decided by its content: PDF, Word, Excel or CSV.</summary>
    public static readonly string[] AllowedExtensions = [".pdf", ".docx", ".xlsx", ".csv"];

    public static void MapResearchFile(this WebApplication app) =>
        app.MapGet("/research/{id:int}/file", async (int id, ClaimsPrincipal user, ResearchEditing editing, FileStore files, HttpContext http, CancellationToken ct) =>
        {
            var item = await editing.FindAsync(id, ct);
            if (item?.FileName is null || !ResearchAccess.CanView(user, item)) return Results.NotFound();
            if (files.FindEvidence(item.FileName) is not { } file) return Results.NotFound();
            // Checked on every request: unpublishing or removing the item revokes its file at once, caches included.
            http.Response.Headers.CacheControl = "private, no-cache";
            return Results.File(file.Path, file.ContentType, FileStore.DownloadName(item.FileOriginalName, item.FileName));
        }).ExcludeFromDescription();
}
