using System.Globalization;

namespace LearningCity.Common.Localization;

/// <summary>Dates as people read them: Buddhist Era (พ.ศ.) in Thai, Gregorian in English.</summary>
public static class DateDisplay
{
    private const int BuddhistEraOffset = 543;

    public static string Long(DateOnly date) => Long(date, CultureInfo.CurrentCulture);

    public static string Long(DateOnly date, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "th"
            ? $"{date.Day} {culture.DateTimeFormat.GetMonthName(date.Month)} พ.ศ. {date.Year + BuddhistEraOffset}"
            : date.ToString("d MMMM yyyy", culture);

    public static string Long(DateTime utc) => Long(utc, CultureInfo.CurrentCulture);

    public static string Long(DateTime utc, CultureInfo culture) =>
        Long(DateOnly.FromDateTime(ToThaiTime(utc)), culture);

    public static string WithTime(DateTime utc) => WithTime(utc, CultureInfo.CurrentCulture);

    public static string WithTime(DateTime utc, CultureInfo culture)
    {
        var local = ToThaiTime(utc);
        return $"{Long(DateOnly.FromDateTime(local), culture)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A calendar year in the reader's era: 2024 shows as 2567 in Thai.</summary>
    public static string Year(int gregorianYear) =>
        Cultures.IsThai ? $"พ.ศ. {gregorianYear + BuddhistEraOffset}" : gregorianYear.ToString(CultureInfo.InvariantCulture);

    public static int ToBuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    // Thailand has one time zone (UTC+7, no daylight saving).
    private static DateTime ToThaiTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(7);
}
