using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>A learner's own entries (self-declared learning) and their passport's visibility; each only for its owner.</summary>
public sealed class PassportEntries(AppDbContext db, FileStore files, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<Dictionary<string, string>> CheckAsync(SelfDeclaredInput input, CancellationToken ct)
    {
        var topics = (await db.Topics.AsNoTracking().Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));
        return input.Check(l, today, topics);
    }

    private static readonly string[] EvidenceTypes = [".pdf", ".docx", ".xlsx", ".pptx", ".txt", ".csv", ".png", ".jpg", ".gif", ".webp"];

    /// <summary>
    /// Stores an evidence file (checked by content) privately: only its owner downloads it, at <see cref="EvidenceUrl"/>.
    /// A field error when it is refused.
    /// </summary>
    public async Task<(string? Name, string? Error)> SaveEvidenceAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        var (check, name, _) = await files.SaveEvidenceAsync(file, EvidenceTypes, ct);
        return check == FileCheck.Ok ? (name, null) : (null, l[$"Passport.File.{check}"]);
    }

    public static string EvidenceUrl(int entryId) => $"/api/v1/me/passport/self-declared/{entryId}/evidence";

    public async Task<SelfDeclaredLearning> CreateAsync(Guid userId, SelfDeclaredInput input, (string Name, string Original)? evidence, CancellationToken ct)
    {
        var entry = new SelfDeclaredLearning { UserId = userId, CreatedAt = time.GetUtcNow().UtcDateTime };
        input.ApplyTo(entry);
        if (evidence is { } e) (entry.EvidenceFile, entry.EvidenceFileName) = (e.Name, e.Original);
        db.SelfDeclaredLearning.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public Task<SelfDeclaredLearning?> FindAsync(Guid userId, int id, CancellationToken ct) =>
        db.SelfDeclaredLearning.FirstOrDefaultAsync(d => d.Id == id && d.UserId == userId, ct);

    public async Task UpdateAsync(SelfDeclaredLearning entry, SelfDeclaredInput input, (string Name, string Original)? evidence, CancellationToken ct)
    {
        input.ApplyTo(entry);
        if (evidence is { } e) (entry.EvidenceFile, entry.EvidenceFileName) = (e.Name, e.Original);
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> DeleteAsync(Guid userId, int id, CancellationToken ct) =>
        await db.SelfDeclaredLearning.Where(d => d.Id == id && d.UserId == userId).ExecuteDeleteAsync(ct) == 1;

    public async Task SetPublicAsync(LearnerProfile profile, bool isPublic, CancellationToken ct)
    {
        profile.PassportIsPublic = isPublic;
        profile.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
