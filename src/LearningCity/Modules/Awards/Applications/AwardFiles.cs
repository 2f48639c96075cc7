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
        var (check, name, original) = await files.SaveEvidenceAsync(file, allowed, ct);
        return check switch
        {
            FileCheck.Ok => (name, original, null),
            FileCheck.Empty => (null, null, "Awards.File.Empty"),
            FileCheck.TooLarge => (null, null, "Awards.File.TooLarge"),
            _ => (null, null, "Awards.File.Type"),
        };
    }
}
