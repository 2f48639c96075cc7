using LearningCity.Common.Files;

namespace LearningCity.Modules.Awards.Applications;

/// <summary>
/// Evidence and the signed endorsement letter are PDFs, office documents or images, checked by content (not by name)
/// through the platform's file store; a letter is a PDF or an image of the signed page.
/// </summary>
internal static class AwardFiles
{
    private static readonly string[] Evidence = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg"];
    private static readonly string[] Letter = [".pdf", ".png", ".jpg"];

    public static Task<(string? Name, string? Original, string? ErrorKey)> SaveEvidenceAsync(IFormFile? file, FileStore files, CancellationToken ct) =>
        SaveAsync(file, Evidence, files, ct);

    public static Task<(string? Name, string? Original, string? ErrorKey)> SaveLetterAsync(IFormFile? file, FileStore files, CancellationToken ct) =>
        SaveAsync(file, Letter, files, ct);

    private static async Task<(string?, string?, string?)> SaveAsync(IFormFile? file, string[] allowed, FileStore files, CancellationToken ct)
    {
        if (file is null) return (null, null, "Awards.File.None");
        var (check, name) = await files.SaveDocumentAsync(file, allowed, ct);
        if (check != FileCheck.Ok || name is null)
        {
            (check, name) = await files.SaveImageAsync(file, ct);
            if (check == FileCheck.Ok && name is not null && !allowed.Contains(Path.GetExtension(name)))
            {
                if (files.Find(name) is { } stored) File.Delete(stored.Path);
                (check, name) = (FileCheck.TypeNotAllowed, null);
            }
        }
        if (check != FileCheck.Ok || name is null)
            return (null, null, check switch { FileCheck.Empty => "Awards.File.Empty", FileCheck.TooLarge => "Awards.File.TooLarge", _ => "Awards.File.Type" });
        var original = Path.GetFileName(file.FileName);
        return (name, original.Length > 200 ? original[..200] : original, null);
    }
}
