using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Public;

/// <summary>A credential as other modules show it (passport, city profile).</summary>
public sealed record CredentialSummary(
    Guid Id, int AchievementId, BilingualText AchievementName, AchievementType Type, string? ImageFile,
    IReadOnlyList<int> SkillTopicIds, DateTime IssuedAt, DateTime? ExpiresAt, DateTime? RevokedAt)
{
    public string Url => $"/credentials/{Id}";
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>Read access to issued credentials for other modules.</summary>
public sealed class CredentialRecords(AppDbContext db)
{
    public Task<List<CredentialSummary>> ForUserAsync(Guid userId, CancellationToken ct = default) =>
        Query(db.Set<IssuedCredential>().Where(c => c.RecipientUserId == userId)).ToListAsync(ct);

    public Task<List<CredentialSummary>> ForCityAsync(int cityId, CancellationToken ct = default) =>
        Query(db.Set<IssuedCredential>().Where(c => c.RecipientCityId == cityId)).ToListAsync(ct);

    private IQueryable<CredentialSummary> Query(IQueryable<IssuedCredential> issued) =>
        from c in issued.AsNoTracking()
        join a in db.Set<Achievement>().AsNoTracking() on c.AchievementId equals a.Id
        orderby c.IssuedAt descending
        select new CredentialSummary(c.Id, a.Id, a.Name, a.Type, a.ImageFile, a.SkillTopicIds, c.IssuedAt, c.ExpiresAt, c.RevokedAt);
}
