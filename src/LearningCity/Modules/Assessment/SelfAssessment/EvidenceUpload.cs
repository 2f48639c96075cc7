using LearningCity.Common.Files;
using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.SelfAssessment;

/// <summary>
/// Evidence files go through the platform's file store, which checks the type by content and the size. Evidence is a
/// PDF, an office document or an image: the store also takes plain text (any name), which is not evidence.
/// </summary>
internal static class EvidenceUpload
{
    private static readonly string[] DocumentExtensions = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg"];

    public static async Task<EvidenceItem?> SaveAsync(IFormFile? file, FileStore files, CancellationToken ct)
    {
        if (file is null) return null;
        var (check, name) = await files.SaveDocumentAsync(file, ct);
        if (check == FileCheck.Ok && name is not null && !DocumentExtensions.Contains(Path.GetExtension(name)))
        {
            if (files.Find(name) is { } stored) File.Delete(stored.Path);
            (check, name) = (FileCheck.TypeNotAllowed, null);
        }
        if (check != FileCheck.Ok || name is null)
        {
            (check, name) = await files.SaveImageAsync(file, ct);
            if (check != FileCheck.Ok || name is null) return null;
        }
        var original = Path.GetFileName(file.FileName);
        return new EvidenceItem(name, original.Length > 200 ? original[..200] : original, null);
    }

    public static ValueError Error(IFormFile? file) => file switch
    {
        null => new("file", "Assessment.Evidence.NoFile"),
        { Length: 0 } => new("file", "Assessment.Evidence.Empty"),
        _ => new("file", "Assessment.Evidence.Type"),
    };
}
