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
        app.MapGet("/research/{id:int}/file", async (int id, ClaimsPrincipal user, ResearchEditing editing, FileStore files, CancellationToken ct) =>
        {
            var item = await editing.FindAsync(id, ct);
            if (item?.FileName is null || !ResearchAccess.CanView(user, item)) return Results.NotFound();
            if (files.Find(item.FileName) is not { } file) return Results.NotFound();
            var downloadName = item.FileOriginalName is { Length: > 0 } original
                ? Path.GetFileNameWithoutExtension(original) + Path.GetExtension(item.FileName)
                : item.FileName;
            return Results.File(file.Path, file.ContentType, downloadName);
        }).ExcludeFromDescription();
}
