using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Notifications;

/// <summary>The Thai and English wording of a notification about an activity, so each reader gets their language.</summary>
public static class NotificationTexts
{
    private static readonly CultureInfo ThaiCulture = CultureInfo.GetCultureInfo(Cultures.Thai);
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(Cultures.English);

    public static BilingualText Title(JsonStringLocalizer l, NotificationKind kind, BilingualText activity) =>
        new(Format(l, $"Notification.{kind}.Title", ThaiCulture, activity.For(ThaiCulture)),
            Format(l, $"Notification.{kind}.Title", EnglishCulture, activity.For(EnglishCulture)));

    public static BilingualText Body(JsonStringLocalizer l, NotificationKind kind, BilingualText activity, DateTime startsAtUtc) =>
        new(Format(l, $"Notification.{kind}.Body", ThaiCulture, activity.For(ThaiCulture), DateDisplay.WithTime(startsAtUtc, ThaiCulture)),
            Format(l, $"Notification.{kind}.Body", EnglishCulture, activity.For(EnglishCulture), DateDisplay.WithTime(startsAtUtc, EnglishCulture)));

    private static string Format(JsonStringLocalizer l, string key, CultureInfo culture, params object[] args) =>
        string.Format(culture, l.Text(key, culture), args);
}
