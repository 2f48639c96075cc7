using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Public;

/// <summary>An alignment of an achievement to a framework item (Open Badges 3.0 Alignment).</summary>
public sealed record AlignmentTarget(string Name, string Url, string? Code, string? Framework, string? Type);

/// <summary>A certificate another module awards, found again by its key (e.g. "academy-course-version:12").</summary>
public sealed record CertificateDefinition(string Key, BilingualText Name, BilingualText Description, BilingualText Criteria,
    IReadOnlyList<AlignmentTarget> Alignments, bool IsDemo);

/// <summary>
/// Lets another module define the achievement its credentials certify, with alignments, once per key. The definition
/// is saved at once (before the caller's own unit of work), so an issue in a later transaction finds it.
/// </summary>
public sealed class AchievementDefinitions(AppDbContext db, TimeProvider time)
{
    public async Task<int> EnsureCertificateAsync(CertificateDefinition definition, CancellationToken ct)
    {
        if (await FindAsync(definition.Key, ct) is { } id) return id;
        var now = time.GetUtcNow().UtcDateTime;
        var achievement = new Achievement
        {
            DefinitionKey = definition.Key, Name = definition.Name, Description = definition.Description, Criteria = definition.Criteria,
            Type = AchievementType.Certificate, IsDemo = definition.IsDemo, CreatedBy = Guid.Empty, CreatedAt = now, UpdatedAt = now,
            Alignments = definition.Alignments.Select(a => new AchievementAlignment
            {
                TargetName = a.Name, TargetUrl = a.Url, TargetCode = a.Code, TargetFramework = a.Framework, TargetType = a.Type,
            }).ToList(),
        };
        db.Achievements.Add(achievement);
        try
        {
            await db.SaveChangesAsync(ct);
            return achievement.Id;
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Defined at the same moment by another request: use theirs.
            db.Entry(achievement).State = EntityState.Detached;
            return await FindAsync(definition.Key, ct) ?? throw new InvalidOperationException($"Achievement {definition.Key} could not be defined.");
        }
    }

    private Task<int?> FindAsync(string key, CancellationToken ct) =>
        db.Achievements.AsNoTracking().Where(a => a.DefinitionKey == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
}
