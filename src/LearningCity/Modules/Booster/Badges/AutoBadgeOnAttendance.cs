using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>
/// Issues an activity's automatic achievement when a learner's attendance is marked, in the same unit of work as
/// the attendance, and tells the learner.
/// </summary>
public sealed class AutoBadgeOnAttendance(BadgeAwarding awarding) : IAttendanceListener
{
    public async Task OnAttendedAsync(Activity activity, ActivitySession session, Registration registration, Guid markedBy, CancellationToken ct)
    {
        if (activity.AutoAchievementId is { } achievementId)
            await awarding.AwardAsync(achievementId, registration, markedBy, ct);
    }
}

/// <summary>Issues a Booster badge for one attended registration and notifies the learner; the caller saves.</summary>
public sealed class BadgeAwarding(AppDbContext db, CredentialIssuer issuer, LearnerNotifier notifier, JsonStringLocalizer l)
{
    public static string SourceKey(int registrationId, int achievementId) => $"booster.registration:{registrationId}:achievement:{achievementId}";

    /// <summary>Null when the registration has no account (a deleted learner) or the badge was already issued for it.</summary>
    public async Task<IssuedCredential?> AwardAsync(int achievementId, Registration registration, Guid? issuedBy, CancellationToken ct)
    {
        if (registration.UserId is not { } userId || registration.AttendedAt is null) return null;
        var key = SourceKey(registration.Id, achievementId);
        var alreadyIssued = db.Set<IssuedCredential>().Local.Any(c => c.SourceKey == key)
            || await db.Set<IssuedCredential>().AnyAsync(c => c.SourceKey == key, ct);
        if (alreadyIssued) return null;
        var credential = await issuer.IssueAsync(achievementId, CredentialRecipient.Person(userId), key, issuedBy, ct);
        var name = await db.Set<Achievement>().Where(a => a.Id == achievementId).Select(a => a.Name).FirstAsync(ct);
        await notifier.NotifyAsync(userId, NotificationKind.BadgeIssued, Text(l, "Title", name), Text(l, "Body", name), $"/credentials/{credential.Id}", ct);
        return credential;
    }

    private static BilingualText Text(JsonStringLocalizer l, string part, BilingualText name)
    {
        var th = CultureInfo.GetCultureInfo(Cultures.Thai);
        var en = CultureInfo.GetCultureInfo(Cultures.English);
        return new(string.Format(th, l.Text($"Notification.BadgeIssued.{part}", th), name.For(th)),
            string.Format(en, l.Text($"Notification.BadgeIssued.{part}", en), name.For(en)));
    }
}
