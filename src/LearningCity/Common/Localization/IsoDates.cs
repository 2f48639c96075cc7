using System.Globalization;

namespace LearningCity.Common.Localization;

/// <summary>
/// Dates and times as machines and forms carry them: ISO 8601, Gregorian years, invariant culture, in every language.
/// (What a person reads comes from <see cref="DateDisplay"/>.)
/// </summary>
public static class IsoDates
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // What date, datetime-local and time fields send (seconds only when a step asks for them), and full ISO instants.
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF", "H:mm"];

    /// <summary>A calendar date for a date field or a &lt;time datetime&gt;: 2027-12-31.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>A wall-clock moment for a datetime-local field: 2027-12-31T13:00.</summary>
    public static string Local(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm", Invariant);

    public static string? Local(DateTime? wallClock) => wallClock is { } d ? Local(d) : null;

    /// <summary>The Thai wall-clock moment of a UTC instant, for a datetime-local field.</summary>
    public static string ThaiLocal(DateTime utc) => Local(ThaiTime.Of(utc));

    /// <summary>A time of day for a time field: 08:30.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", Invariant);

    public static string? Time(TimeOnly? time) => time is { } t ? Time(t) : null;

    /// <summary>A UTC instant for &lt;time datetime&gt;, JSON or CSV: 2027-12-31T06:00:00Z.</summary>
    public static string Instant(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant);

    public static string Instant(DateTimeOffset at) => Instant(at.UtcDateTime);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, Invariant, DateTimeStyles.None, out date);

    public static bool TryParseLocal(string? text, out DateTime wallClock) =>
        DateTime.TryParseExact(text?.Trim(), LocalFormats, Invariant, DateTimeStyles.None, out wallClock);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, Invariant, DateTimeStyles.None, out time);

    /// <summary>Reads a form's or a query's value into one of the date and time types.</summary>
    public static bool TryParse(Type type, string text, out object? value)
    {
        value = null;
        if (type == typeof(DateOnly))
        {
            if (!TryParseDate(text, out var d)) return false;
            value = d;
        }
        else if (type == typeof(TimeOnly))
        {
            if (!TryParseTime(text, out var t)) return false;
            value = t;
        }
        else if (type == typeof(DateTime))
        {
            // An ISO instant with a zone ("Z" or "+07:00") comes out in UTC; a wall-clock value stays as written.
            if (TryParseLocal(text, out var local)) value = local;
            else if (HasZone(text) && DateTime.TryParse(text, Invariant, DateTimeStyles.AdjustToUniversal, out var instant)) value = instant;
            else return false;
        }
        else if (type == typeof(DateTimeOffset))
        {
            // A wall-clock value without a zone is a Thai one.
            if (TryParseLocal(text, out var local)) value = new DateTimeOffset(local, ThaiTime.Offset);
            else if (HasZone(text) && DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.None, out var at)) value = at;
            else return false;
        }
        else return false;
        return true;
    }

    private static bool HasZone(string text) => text.Length > 10 && text[4] == '-' && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10);
}
