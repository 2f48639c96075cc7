using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Privacy;

/// <summary>
/// Registrations (with their consents), places held through the seat contract (cohorts, festival sessions), notifications, preferences, the learner profile, self-declared learning and
/// the calendar feed; as an organiser, the activities they created and the attendance they marked. On erasure
/// registrations stay as anonymous rows (age group, province, attendance, and a random key shared by the person's rows
/// so that they still count as one learner) so the cities' output figures do not change; places held stay taken without
/// the holder; everything else about the
/// person is deleted. Activities stay (they are the city's or organisation's), without
/// the link to their creator and without the person's own address or name where they gave it as the contact.
/// </summary>
internal sealed class BoosterPersonalData(AppDbContext db, AccountDirectory accounts) : IPersonalData
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
        seats = await db.SeatHoldings.AsNoTracking().Where(h => h.HolderUserId == userId).OrderBy(h => h.Id)
            .Select(h => new { h.Kind, h.ItemId, status = h.Status.ToString(), h.CreatedAt, h.WaitlistedAt, h.PromotedAt, h.ReleasedAt }).ToListAsync(ct),
        notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.Id)
            .Select(n => new { kind = n.Kind.ToString(), title = n.Title.Th, n.Link, n.CreatedAt, n.ReadAt }).ToListAsync(ct),
        notificationPreferences = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { kind = p.Kind.ToString(), p.Email, p.InApp }).ToListAsync(ct),
        learnerProfile = await db.LearnerProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.PassportIsPublic, p.PublicSlug, p.InterestTopicIds, p.PreferredDays }).FirstOrDefaultAsync(ct),
        selfDeclaredLearning = await db.SelfDeclaredLearning.AsNoTracking().Where(d => d.UserId == userId)
            .Select(d => new { d.Id, d.Title, d.Description, d.CompletedOn, d.Hours, d.TopicIds, d.EvidenceUrl, d.EvidenceFileName, d.CreatedAt }).ToListAsync(ct),
        hasCalendarFeed = await db.CalendarFeeds.AnyAsync(f => f.UserId == userId, ct),
        activitiesCreated = await db.Activities.AsNoTracking().Where(a => a.CreatedBy == userId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, title = a.Title.Th, a.ContactName, a.ContactEmail, a.CreatedAt }).ToListAsync(ct),
        attendanceMarked = await db.Registrations.AsNoTracking().Where(r => r.AttendanceMarkedBy == userId).OrderBy(r => r.Id)
            .Select(r => new { registrationId = r.Id, r.SessionId, r.AttendedAt }).ToListAsync(ct),
    };

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        var learnerKey = Guid.NewGuid();
        await db.Registrations.Where(r => r.UserId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.UserId, (Guid?)null)
            .SetProperty(r => r.ErasedLearnerKey, learnerKey)
            .SetProperty(r => r.GuardianName, (string?)null)
            .SetProperty(r => r.GuardianContact, (string?)null), ct);
        // A place held in a cohort or a festival session stays taken, anonymously, as a registration does.
        await db.SeatHoldings.Where(h => h.HolderUserId == userId).ExecuteUpdateAsync(u => u.SetProperty(h => h.HolderUserId, (Guid?)null), ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.NotificationPreferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.LearnerProfiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.SelfDeclaredLearning.Where(d => d.UserId == userId).ExecuteDeleteAsync(ct);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Registrations.Where(r => r.AttendanceMarkedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AttendanceMarkedBy, (Guid?)null), ct);
        await EraseOrganiserAsync(userId, ct);
    }

    private async Task EraseOrganiserAsync(Guid userId, CancellationToken ct)
    {
        if (await accounts.SubjectAsync(userId, ct) is { } person)
        {
            // The person gave themselves as the contact: their name, address and phone all go.
            var (email, name) = (person.Email.ToLower(), person.DisplayName.Length > 0 ? person.DisplayName.ToLower() : null);
            await db.Activities.Where(a => a.ContactEmail != null && a.ContactEmail.ToLower() == email || name != null && a.ContactName != null && a.ContactName.ToLower() == name)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ContactEmail, (string?)null).SetProperty(a => a.ContactName, (string?)null)
                    .SetProperty(a => a.ContactPhone, (string?)null), ct);
        }
        await db.Activities.Where(a => a.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.CreatedBy, Guid.Empty), ct);
    }
}
