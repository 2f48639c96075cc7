using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

public sealed record IssueOutcome(int Issued, int Skipped, IReadOnlyList<Guid> CredentialIds);

/// <summary>Issues an achievement by hand to selected attendees of its publisher's activities, in one transaction.</summary>
public sealed class ManualIssuing(AppDbContext db, BadgeAwarding awarding)
{
    /// <summary>Null when a registration is not an attended one of the achievement's publisher's activities.</summary>
    public async Task<IssueOutcome?> IssueAsync(Achievement a, IReadOnlyCollection<int> registrationIds, ClaimsPrincipal user, CancellationToken ct)
    {
        var ids = registrationIds.Distinct().ToList();
        var registrations = await (from r in db.Registrations
                                   join act in db.Activities on r.ActivityId equals act.Id
                                   where ids.Contains(r.Id) && r.AttendedAt != null && r.UserId != null
                                         && act.CityId == a.CityId && act.OrganisationId == a.OrganisationId
                                   select r).ToListAsync(ct);
        if (registrations.Count != ids.Count) return null;
        var issued = new List<Guid>();
        foreach (var registration in registrations)
            if (await awarding.AwardAsync(a.Id, registration, CityAccess.UserId(user), ct) is { } credential)
                issued.Add(credential.Id);
        await db.SaveChangesAsync(ct);
        return new IssueOutcome(issued.Count, ids.Count - issued.Count, issued);
    }
}
