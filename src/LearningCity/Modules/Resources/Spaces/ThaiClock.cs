using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>Opening hours are kept in Thai local time; Thailand is UTC+7 all year (no daylight saving).</summary>
public static class ThaiClock
{
    public static readonly TimeSpan Offset = ThaiTime.Offset;

    public static DateTimeOffset Now(TimeProvider time) => ThaiTime.Now(time);

    public static DateOnly Today(TimeProvider time) => ThaiTime.Today(time);

    /// <summary>Open at this Thai local moment: inside one of the intervals of that weekday (closing time excluded).</summary>
    public static bool IsOpenAt(IEnumerable<OpeningInterval> hours, DateTimeOffset thaiNow)
    {
        var t = TimeOnly.FromDateTime(thaiNow.DateTime);
        return hours.Any(i => i.Day == thaiNow.DayOfWeek && i.Opens <= t && t < i.Closes);
    }

    /// <summary>Monday first, as Thai calendars and schema.org readers expect.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string DayName(DayOfWeek day) => System.Globalization.CultureInfo.CurrentUICulture.DateTimeFormat.GetDayName(day);
}
