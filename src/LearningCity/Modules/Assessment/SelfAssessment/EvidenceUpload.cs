using LearningCity.Common.Files;
using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.SelfAssessment;

/// <summary>
/// Evidence files go through the platform's file store, which checks the type by content and the size. Evidence is a
/// PDF, an office document or an image: the store also takes plain text (any name), which is not evidence.
/// </summary>
internal static class EvidenceUpload
{
    private static readonly string[] Types = [".pdf", ".docx", ".xlsx", ".pptx", ".png", ".jpg", ".gif", ".webp"];

    public static async Task<EvidenceItem?> SaveAsync(IFormFile? file, FileStore files, CancellationToken ct)
    {
        if (file is null) return null;
        var (check, name, original) = await files.SaveEvidenceAsync(file, Types, ct);
        return check == FileCheck.Ok && name is not null ? new EvidenceItem(name, original, null) : null;
    }

    public static ValueError Error(IFormFile? file) => file switch
    {
        null => new("file", "Assessment.Evidence.NoFile"),
        { Length: 0 } => new("file", "Assessment.Evidence.Empty"),
        _ => new("file", "Assessment.Evidence.Type"),
    };
}
