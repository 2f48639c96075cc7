using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Privacy;

/// <summary>
/// Registrations (with their consents), notifications, preferences, the learner profile, self-declared learning and
/// the calendar feed. On erasure registrations stay as anonymous rows (age group, province, attendance) so the
/// cities' output figures do not change; everything else about the person is deleted.
/// </summary>
internal sealed class BoosterPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "booster";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct) => new
    {
        registrations = await (from r in db.Registrations.AsNoTracking()
                               join a in db.Activities.AsNoTracking() on r.ActivityId equals a.Id
                               where r.UserId == userId
                               select new
                               {
                                   r.Id, r.ActivityId, activity = a.Title.Th, r.SessionId, status = r.Status.ToString(), r.TicketCode, r.CreatedAt,
                                   r.WaitlistedAt, r.CancelledAt, r.AttendedAt, ageGroup = r.AgeGroup.ToString(), r.ProvinceCode,
                                   r.ConsentVersion, r.ConsentedAt, r.GuardianName, r.GuardianContact, r.GuardianConsentedAt,
                               }).ToListAsync(ct),
        notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { kind = n.Kind.ToString(), title = n.Title.Th, n.Link, n.CreatedAt, n.ReadAt }).ToListAsync(ct),
        notificationPreferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { kind = p.Kind.ToString(), p.Email, p.InApp }).ToListAsync(ct),
        learnerProfile = await db.LearnerProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.PassportIsPublic, p.PublicSlug, p.InterestTopicIds, p.PreferredDays }).FirstOrDefaultAsync(ct),
        selfDeclaredLearning = await db.SelfDeclaredLearning.AsNoTracking().Where(d => d.UserId == userId)
            .Select(d => new { d.Id, d.Title, d.Description, d.CompletedOn, d.Hours, d.TopicIds, d.EvidenceUrl, d.EvidenceFileName, d.CreatedAt }).ToListAsync(ct),
        hasCalendarFeed = await db.CalendarFeeds.AnyAsync(f => f.UserId == userId, ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.Registrations.Where(r => r.UserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.UserId, (Guid?)null)
            .SetProperty(r => r.GuardianName, (string?)null)
            .SetProperty(r => r.GuardianContact, (string?)null), ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NotificationPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.LearnerProfiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.SelfDeclaredLearning.Where(d => d.UserId == userId).ExecuteDeleteAsync(ct);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
