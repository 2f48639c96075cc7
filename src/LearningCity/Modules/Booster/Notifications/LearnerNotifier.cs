using System.Globalization;
using System.Net;
using LearningCity.Common.Data;
using LearningCity.Common.Email;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Booster.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Notifications;

/// <summary>
/// Tells a learner something, in the app and by e-mail as their preferences for that kind say. Adds rows to the
/// caller's unit of work (notification, outbox e-mail); nothing is sent unless the caller's save commits.
/// </summary>
public sealed class LearnerNotifier(AppDbContext db, EmailOutbox outbox, JsonStringLocalizer l, SiteAddress site, TimeProvider time)
{
    /// <param name="email">False for notices that must stay in the app whatever the preferences, e.g. demo content written at first run.</param>
    public async Task NotifyAsync(Guid userId, NotificationKind kind, BilingualText title, BilingualText body, string? link, CancellationToken ct, bool email = true)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage, u.EmailConfirmed }).FirstOrDefaultAsync(ct);
        if (user is null) return;
        var preference = await db.Set<NotificationPreference>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.Kind == kind, ct)
            ?? new NotificationPreference { UserId = userId, Kind = kind };
        if (preference.InApp)
            db.Set<Notification>().Add(new Notification
            {
                UserId = userId, Kind = kind, Title = title, Body = body, Link = link, CreatedAt = time.GetUtcNow().UtcDateTime,
            });
        if (email && preference.Email && !string.IsNullOrEmpty(user.Email))
        {
            var culture = CultureInfo.GetCultureInfo(Cultures.FromLanguageCode(user.PreferredLanguage));
            var en = culture.TwoLetterISOLanguageName == "en";
            var subject = en ? title.En ?? title.Th : title.Th;
            var text = en ? body.En ?? body.Th : body.Th;
            var greeting = string.Format(culture, l.Text("Account.Mail.Greeting", culture), user.DisplayName);
            var siteName = l.Text("Site.Name", culture);
            var settings = l.Text("Booster.Notify.Mail.Settings", culture);
            var absolute = link is null ? null : site.Absolute(link);
            var preferences = site.Absolute("/me/notifications/preferences");
            outbox.Enqueue(user.Email, $"{subject} · {siteName}",
                $"""
                <p>{Enc(greeting)}</p>
                <p>{Enc(text ?? "")}</p>
                {(absolute is null ? "" : $"<p><a href=\"{Enc(absolute)}\">{Enc(subject)}</a></p>")}
                <p><a href="{Enc(preferences)}">{Enc(settings)}</a></p>
                <p>{Enc(siteName)}</p>
                """,
                $"{greeting}\n\n{text}\n\n{absolute}\n\n{settings}: {preferences}\n\n{siteName}\n");
        }
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
