using LearningCity.Common.Localization;
namespace LearningCity.Modules.Search.Public;

/// <summary>
/// A week in Thai time (UTC+7, no daylight saving) cut into 336 half-hour slots: Monday 00:00 is slot 0,
/// Sunday 23:30 is slot 335. "Open now" is then a single term lookup of the current slot.
/// </summary>
public static class OpeningSlots
{
    public const int PerDay = 48;
    public const int PerWeek = PerDay * 7;
    private static readonly TimeSpan ThaiOffset = ThaiTime.Offset;

    public static int At(DateTimeOffset instant)
    {
        var thai = instant.ToOffset(ThaiOffset);
        return DayIndex(thai.DayOfWeek) * PerDay + thai.Hour * 2 + thai.Minute / 30;
    }

    /// <summary>The slots of one opening period on a weekday, e.g. Tuesday 08:30–16:30 (end exclusive).</summary>
    public static IEnumerable<int> Range(DayOfWeek day, TimeOnly from, TimeOnly until)
    {
        var first = from.Hour * 2 + from.Minute / 30;
        var last = until == TimeOnly.MinValue ? PerDay : until.Hour * 2 + (until.Minute + 29) / 30;
        for (var s = first; s < last; s++) yield return DayIndex(day) * PerDay + s;
    }

    public static DateOnly ThaiDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ThaiOffset).DateTime);

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;
}
