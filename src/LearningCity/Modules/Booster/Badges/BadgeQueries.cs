using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

public sealed record Attendee(int RegistrationId, string Name, string ActivityTitle, DateTime AttendedAt, bool AlreadyIssued);

internal static class BadgeQueries
{
    public static async Task<List<Achievement>> ManageableAsync(ClaimsPrincipal user, AppDbContext db, PublisherAccess access, CancellationToken ct)
    {
        var query = db.Set<Achievement>().AsNoTracking();
        if (!CityAccess.IsAdmin(user))
        {
            var publishers = await access.PublishersForAsync(user, ct);
            var cities = publishers.Where(p => p.CityId is not null).Select(p => p.CityId).ToList();
            var orgs = publishers.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId).ToList();
            query = query.Where(a => cities.Contains(a.CityId) || orgs.Contains(a.OrganisationId));
        }
        return await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Attended registrations of the achievement's publisher's activities.</summary>
    public static async Task<List<Attendee>> AttendeesAsync(Achievement a, AppDbContext db, CancellationToken ct)
    {
        var keyPrefix = "booster.registration:";
        var keySuffix = $":achievement:{a.Id}";
        var rows = await (from r in db.Registrations.AsNoTracking()
                          join act in db.Activities.AsNoTracking() on r.ActivityId equals act.Id
                          join u in db.Users.AsNoTracking() on r.UserId equals u.Id
                          where r.AttendedAt != null && act.CityId == a.CityId && act.OrganisationId == a.OrganisationId
                          orderby r.AttendedAt descending
                          select new { r.Id, u.DisplayName, act.Title, AttendedAt = r.AttendedAt!.Value }).Take(500).ToListAsync(ct);
        var keys = rows.Select(r => keyPrefix + r.Id + keySuffix).ToList();
        var issued = await db.Set<IssuedCredential>().Where(c => keys.Contains(c.SourceKey)).Select(c => c.SourceKey).ToListAsync(ct);
        return rows.Select(r => new Attendee(r.Id, r.DisplayName, r.Title.Current, r.AttendedAt, issued.Contains(keyPrefix + r.Id + keySuffix))).ToList();
    }
}
