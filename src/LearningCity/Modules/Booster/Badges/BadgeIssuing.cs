using System.Globalization;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>An attendee of one of the publisher's activities, and whether they already hold the badge.</summary>
public sealed record Attendee(int RegistrationId, string Name, string ActivityTitle, DateTime AttendedAt, Guid? CredentialId);

/// <summary>
/// Issues a Booster badge to the learner of an attended registration and tells them. Adds rows to the caller's unit
/// of work; one registration earns one credential per achievement (the source key).
/// </summary>
public sealed class BadgeIssuing(AppDbContext db, CredentialIssuer issuer, LearnerNotifier notifier, AuditLog audit, JsonStringLocalizer l)
{
    public static string SourceKey(int registrationId, int achievementId) =>
        string.Create(CultureInfo.InvariantCulture, $"booster.registration:{registrationId}:achievement:{achievementId}");

    /// <summary>Null when the registration has no attendance or no learner (a deleted account).</summary>
    public async Task<IssuedCredentialResult?> IssueAsync(Achievement achievement, Registration registration, Guid? issuedBy, CancellationToken ct)
    {
        if (registration.AttendedAt is null || registration.UserId is not { } userId) return null;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var result = await issuer.IssueAsync(achievement.Id, CredentialRecipient.Person(userId, user.Email ?? "", user.DisplayName),
            SourceKey(registration.Id, achievement.Id), issuedBy, ct);
        if (!result.IsNew) return result;
        audit.Record("booster.badge.issue", "credential", result.Id, null, new { AchievementId = achievement.Id, RegistrationId = registration.Id });
        await notifier.NotifyAsync(userId, NotificationKind.BadgeIssued,
            Text("Badges.Notify.Title", achievement.Name), Text("Badges.Notify.Body", achievement.Name), result.Url, ct);
        return result;
    }

    /// <summary>Attendees of the activities published by the achievement's city or organisation.</summary>
    public async Task<List<Attendee>> AttendeesAsync(Achievement a, CancellationToken ct)
    {
        var rows = await (
            from r in db.Registrations.AsNoTracking()
            join act in db.Activities.AsNoTracking() on r.ActivityId equals act.Id
            join u in db.Users.AsNoTracking() on r.UserId equals (Guid?)u.Id
            where r.AttendedAt != null && act.CityId == a.CityId && act.OrganisationId == a.OrganisationId
            orderby r.AttendedAt descending
            select new { r.Id, u.DisplayName, act.Title, r.AttendedAt }).Take(500).ToListAsync(ct);
        var keys = rows.Select(r => SourceKey(r.Id, a.Id)).ToList();
        var issued = await db.IssuedCredentials.AsNoTracking().Where(c => keys.Contains(c.SourceKey)).ToDictionaryAsync(c => c.SourceKey, c => c.Id, ct);
        return rows.Select(r => new Attendee(r.Id, r.DisplayName, r.Title.Current, r.AttendedAt!.Value,
            issued.TryGetValue(SourceKey(r.Id, a.Id), out var id) ? id : null)).ToList();
    }

    /// <summary>Issues to the chosen registrations that are attendees of the publisher's activities; others are skipped.</summary>
    public async Task<List<IssuedCredentialResult>> IssueToAsync(Achievement a, IReadOnlyCollection<int> registrationIds, Guid issuedBy, CancellationToken ct)
    {
        var registrations = await (
            from r in db.Registrations
            join act in db.Activities on r.ActivityId equals act.Id
            where registrationIds.Contains(r.Id) && r.AttendedAt != null && act.CityId == a.CityId && act.OrganisationId == a.OrganisationId
            select r).ToListAsync(ct);
        var results = new List<IssuedCredentialResult>();
        foreach (var r in registrations)
            if (await IssueAsync(a, r, issuedBy, ct) is { } result) results.Add(result);
        await db.SaveChangesAsync(ct);
        return results;
    }

    private BilingualText Text(string key, BilingualText name) => new(
        l.Text(key, CultureInfo.GetCultureInfo("th-TH")).Replace("{0}", name.Th, StringComparison.Ordinal),
        l.Text(key, CultureInfo.GetCultureInfo("en-US")).Replace("{0}", name.En ?? name.Th, StringComparison.Ordinal));
}
