using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Attendance;

public sealed record RosterEntry(int RegistrationId, string Name, AgeGroup AgeGroup, string TicketCode, RegistrationStatus Status,
    DateTime? WaitlistedAt, DateTime? AttendedAt);

public enum RosterAccess { Allowed, NotFound, Forbidden }

/// <summary>A session's registrants as its organizers see them; only the activity's publishers (and admins) may.</summary>
public sealed class SessionRoster(AppDbContext db, PublisherAccess access)
{
    public async Task<(RosterAccess Access, Activity? Activity, ActivitySession? Session)> OpenAsync(ClaimsPrincipal user, int activityId, int sessionId, CancellationToken ct)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct);
        var session = await db.ActivitySessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.ActivityId == activityId, ct);
        if (activity is null || session is null) return (RosterAccess.NotFound, null, null);
        if (!await access.CanEditAsync(user, activity, ct))
            return (await access.CanViewAsync(user, activity, ct) ? RosterAccess.Forbidden : RosterAccess.NotFound, null, null);
        return (RosterAccess.Allowed, activity, session);
    }

    /// <summary>Confirmed first (by name), then the waitlist in its order; cancelled registrations are left out.</summary>
    public async Task<List<RosterEntry>> EntriesAsync(int sessionId, CancellationToken ct)
    {
        var rows = await (from r in db.Registrations.AsNoTracking()
                          where r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled
                          join u in db.Users.AsNoTracking() on r.UserId equals u.Id into people
                          from u in people.DefaultIfEmpty()
                          select new RosterEntry(r.Id, u == null ? "" : u.DisplayName, r.AgeGroup, r.TicketCode, r.Status, r.WaitlistedAt, r.AttendedAt))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Status).ThenBy(r => r.WaitlistedAt).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
    }

    public static string Path(int activityId, int sessionId) => $"/activities/{activityId}/sessions/{sessionId}/roster";
}
