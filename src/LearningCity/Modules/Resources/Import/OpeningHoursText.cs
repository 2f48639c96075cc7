using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Spaces;

namespace LearningCity.Modules.Resources.Import;

/// <summary>
/// Opening hours written in one cell: "Mon-Fri 08:30-16:30; Sat 09:00-12:00". Parts are separated by ";", days are
/// single days, lists ("Mon,Wed") or ranges ("Mon-Fri", Thai "จ-ศ" too), and a part may have several times
/// ("Mon 08:00-12:00, 13:00-16:00"). The intervals then go through the space rules like those of the form.
/// </summary>
public sealed class OpeningHoursText(JsonStringLocalizer l)
{
    private static readonly Dictionary<string, DayOfWeek> Days = BuildDays();
    private static readonly string[] EveryDay = ["daily", "every day", "everyday", "ทุกวัน"];

    public (List<OpeningHoursInput> Hours, string? Error) Parse(string? text)
    {
        var hours = new List<OpeningHoursInput>();
        if (string.IsNullOrWhiteSpace(text)) return (hours, null);
        foreach (var part in text.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var firstDigit = part.IndexOfAny("0123456789".ToCharArray());
            if (firstDigit < 0) return ([], l["Import.Hours.Part", part].Value);
            // Hours without days ("08:30-16:30 น.", as a Thai sign writes them) are the same every day.
            var (days, dayError) = firstDigit == 0 || string.IsNullOrWhiteSpace(part[..firstDigit].Replace("เวลา", "", StringComparison.Ordinal))
                ? (Enum.GetValues<DayOfWeek>().ToList(), null)
                : ParseDays(part[..firstDigit].Replace("เวลา", "", StringComparison.Ordinal));
            if (dayError is not null) return ([], dayError);
            foreach (var range in part[firstDigit..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var times = WithoutNaLiga(range).Replace('–', '-').Replace('—', '-').Replace("ถึง", "-", StringComparison.Ordinal)
                    .Split('-', StringSplitOptions.TrimEntries);
                if (times.Length != 2 || Time(times[0]) is not { } opens || Time(times[1]) is not { } closes)
                    return ([], l["Import.Hours.Time", range].Value);
                hours.AddRange(days.Select(d => new OpeningHoursInput(d.ToString(), opens, closes)));
            }
        }
        return (hours, null);
    }

    private (List<DayOfWeek> Days, string? Error) ParseDays(string text)
    {
        var days = new List<DayOfWeek>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (EveryDay.Contains(item.ToLowerInvariant()))
            {
                days.AddRange(Enum.GetValues<DayOfWeek>().Where(d => !days.Contains(d)));
                continue;
            }
            var ends = item.Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length > 2 || ends.Any(e => !Days.ContainsKey(Key(e)))) return ([], l["Import.Hours.Day", item].Value);
            var first = Days[Key(ends[0])];
            var last = Days[Key(ends[^1])];
            // A range runs forward through the week and may wrap ("Sat-Mon").
            for (var day = first; ; day = (DayOfWeek)(((int)day + 1) % 7))
            {
                if (!days.Contains(day)) days.Add(day);
                if (day == last) break;
            }
        }
        return days.Count == 0 ? ([], l["Import.Hours.Day", text.Trim()].Value) : (days, null);
    }

    /// <summary>"8:30", "08:30" or the Thai "08.30" (also "08.30 น."); null when it is not a time of day.</summary>
    private static string? Time(string text)
    {
        var value = WithoutNaLiga(text).Replace('.', ':').Trim();
        return SpaceRules.ParseTime(value) is { } t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Drops the Thai "น." (นาฬิกา, o'clock) that follows a time or a range: "16:30 น." → "16:30".</summary>
    private static string WithoutNaLiga(string text)
    {
        var value = text.Trim().Replace("นาฬิกา", "", StringComparison.Ordinal).Trim();
        if (value.EndsWith("น.", StringComparison.Ordinal)) value = value[..^2];
        else if (value.EndsWith('น')) value = value[..^1];
        return value.Replace(" น.", "", StringComparison.Ordinal).Trim();
    }

    private static string Key(string day) => day.Trim().TrimEnd('.').ToLowerInvariant().Replace("วัน", "", StringComparison.Ordinal);

    private static Dictionary<string, DayOfWeek> BuildDays()
    {
        var days = new Dictionary<string, DayOfWeek>();
        string[][] names =
        [
            ["sun", "sunday", "อา", "อาทิตย์"], ["mon", "monday", "จ", "จันทร์"], ["tue", "tues", "tuesday", "อ", "อังคาร"],
            ["wed", "wednesday", "พ", "พุธ"], ["thu", "thur", "thurs", "thursday", "พฤ", "พฤหัส", "พฤหัสบดี"],
            ["fri", "friday", "ศ", "ศุกร์"], ["sat", "saturday", "ส", "เสาร์"],
        ];
        for (var i = 0; i < 7; i++)
            foreach (var name in names[i]) days[name] = (DayOfWeek)i;
        return days;
    }
}
