namespace LearningCity.Common.Localization;

/// <summary>Thai local time: UTC+7 all year (no daylight saving). Deadlines and calendar days are Thai days.</summary>
public static class ThaiTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset Now(TimeProvider time) => time.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Now(time).DateTime);

    /// <summary>The wall-clock time in Thailand (Kind Unspecified: it is not UTC).</summary>
    public static DateTime Of(DateTime utc) => DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset), DateTimeKind.Unspecified);

    /// <summary>The UTC instant at which the given Thai calendar day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly thaiDate) =>
        DateTime.SpecifyKind(thaiDate.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
