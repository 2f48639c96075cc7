using System.Globalization;

namespace LearningCity.Common.Localization;

/// <summary>
/// Dates as people read them: Buddhist Era (พ.ศ.) in Thai, Common Era in English, in Thai time (UTC+7).
/// The era is added here, not left to the culture's calendar, so that the request culture can stay Gregorian for
/// everything a machine reads (see <see cref="IsoDates"/>).
/// </summary>
public static class DateDisplay
{
    private const int BuddhistEraOffset = 543;

    private static CultureInfo Reader => CultureInfo.CurrentUICulture;

    private static bool IsThai(CultureInfo culture) => culture.TwoLetterISOLanguageName == "th";

    // Month names of the Gregorian calendar in the reader's language (th-TH's own calendar is the Buddhist one).
    private static DateTimeFormatInfo Names(CultureInfo culture) => GregorianFormatting.Of(culture).DateTimeFormat;

    /// <summary>29 ตุลาคม พ.ศ. 2567 / 29 October 2024.</summary>
    public static string Long(DateOnly date) => Long(date, Reader);

    public static string Long(DateOnly date, CultureInfo culture) =>
        IsThai(culture)
            ? $"{date.Day} {Names(culture).GetMonthName(date.Month)} พ.ศ. {date.Year + BuddhistEraOffset}"
            : $"{date.Day} {Names(culture).GetMonthName(date.Month)} {date.Year}";

    public static string Long(DateTime utc) => Long(utc, Reader);

    public static string Long(DateTime utc, CultureInfo culture) => Long(DateOnly.FromDateTime(ThaiTime.Of(utc)), culture);

    /// <summary>10 ธ.ค. 2569 / 10 Dec 2026.</summary>
    public static string Short(DateOnly date) => Short(date, Reader);

    public static string Short(DateOnly date, CultureInfo culture) =>
        $"{date.Day} {Names(culture).GetAbbreviatedMonthName(date.Month)} {(IsThai(culture) ? date.Year + BuddhistEraOffset : date.Year)}";

    /// <summary>A moment: 29 ตุลาคม พ.ศ. 2567 เวลา 13:00 น. / 29 October 2024, 13:00.</summary>
    public static string WithTime(DateTime utc) => WithTime(utc, Reader);

    public static string WithTime(DateTime utc, CultureInfo culture)
    {
        var local = ThaiTime.Of(utc);
        return $"{Long(DateOnly.FromDateTime(local), culture)}{At(culture)}{Clock(local, culture)}";
    }

    public static string WithTime(DateTimeOffset at) => WithTime(at.UtcDateTime, Reader);

    /// <summary>
    /// A time range as Thai reads it: one date and the range, "10 ธ.ค. 2569 เวลา 13:00–15:00 น."; over two days both
    /// dates, "10 ธ.ค. 2569 เวลา 13:00 น. – 11 ธ.ค. 2569 เวลา 15:00 น.". In English "10 Dec 2026, 13:00–15:00".
    /// </summary>
    public static string TimeRange(DateTime startUtc, DateTime endUtc) => TimeRange(startUtc, endUtc, Reader);

    public static string TimeRange(DateTime startUtc, DateTime endUtc, CultureInfo culture)
    {
        var start = ThaiTime.Of(startUtc);
        var end = ThaiTime.Of(endUtc);
        var startDay = DateOnly.FromDateTime(start);
        if (startDay == DateOnly.FromDateTime(end))
            return $"{Short(startDay, culture)}{At(culture)}{Hm(start)}–{Clock(end, culture)}";
        return $"{Short(startDay, culture)}{At(culture)}{Clock(start, culture)} – {Short(DateOnly.FromDateTime(end), culture)}{At(culture)}{Clock(end, culture)}";
    }

    /// <summary>A calendar year in the reader's era: 2024 shows as "พ.ศ. 2567" in Thai and "2024" in English.</summary>
    public static string Year(int gregorianYear) => Year(gregorianYear, Reader);

    public static string Year(int gregorianYear, CultureInfo culture) =>
        IsThai(culture) ? $"พ.ศ. {gregorianYear + BuddhistEraOffset}" : gregorianYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>A year kept in the Buddhist Era (a cycle's year), as the reader counts it: "2569" in Thai, "2026" in English.</summary>
    public static string YearOfBe(int buddhistYear) => YearOfBe(buddhistYear, Reader);

    public static string YearOfBe(int buddhistYear, CultureInfo culture) =>
        (IsThai(culture) ? buddhistYear : buddhistYear - BuddhistEraOffset).ToString(CultureInfo.InvariantCulture);

    public static int ToBuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    public static int FromBuddhistYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    private static string At(CultureInfo culture) => IsThai(culture) ? " เวลา " : ", ";

    private static string Clock(DateTime local, CultureInfo culture) => IsThai(culture) ? $"{Hm(local)} น." : Hm(local);

    private static string Hm(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);
}
