using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Privacy;

/// <summary>
/// Credentials issued to the person. On erasure they are revoked ("account deleted") and the stored copy loses the
/// recipient's name and link, so a copy someone kept no longer verifies as valid and names nobody here. Achievements
/// the person defined and credentials they issued to others stay (they are the issuer's), without the link to them.
/// </summary>
internal sealed class CredentialPersonalData(AppDbContext db, TimeProvider time) : IPersonalData
{
    public const string AccountDeleted = "account deleted";

    public string Section => "credentials";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        received = await (from c in db.IssuedCredentials.AsNoTracking()
                          join a in db.Achievements.AsNoTracking() on c.AchievementId equals a.Id
                          where c.RecipientUserId == userId
                          select new { c.Id, achievement = a.Name.Th, c.IssuedAt, c.ExpiresAt, c.RevokedAt, c.RevocationReason, credential = c.Jwt }).ToListAsync(ct),
        achievementsDefined = await db.Achievements.AsNoTracking().Where(a => a.CreatedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, name = a.Name.Th, a.CreatedAt }).ToListAsync(ct),
        issuedToOthers = await db.IssuedCredentials.AsNoTracking().Where(c => c.IssuedBy == userId).OrderBy(c => c.IssuedAt)
            .Select(c => new { c.Id, c.AchievementId, c.IssuedAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.IssuedCredentials.Where(c => c.RecipientUserId == userId && c.RevokedAt == null).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevocationReason, AccountDeleted), ct);
        await db.IssuedCredentials.Where(c => c.RecipientUserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.RecipientUserId, (Guid?)null).SetProperty(c => c.RecipientName, ""), ct);
        await db.IssuedCredentials.Where(c => c.IssuedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.IssuedBy, (Guid?)null), ct);
        await db.Achievements.Where(a => a.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.CreatedBy, Guid.Empty), ct);
    }
}
