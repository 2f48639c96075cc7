using System.Globalization;
using LearningCity.Modules.Assessment.Data;

namespace LearningCity.Modules.Assessment.SelfAssessment;

/// <summary>What a coordinator enters for one indicator. Value is text as typed: "12.5", "1,200", "yes", "4".</summary>
public sealed record ValueInput(string? Value, string? Comment = null, string? OverrideReason = null, List<string>? Links = null);

/// <summary>A refused value: the field and a string key (with its arguments) for the message.</summary>
public sealed record ValueError(string Field, string Key, params object[] Arguments);

/// <summary>Reads a typed value by the indicator's value type and range; nothing is saved when any error is returned.</summary>
public static class ValueParsing
{
    public static (decimal? Number, string? Text, List<ValueError> Errors) Parse(Indicator indicator, ValueInput input)
    {
        var errors = new List<ValueError>();
        var raw = input.Value?.Trim();
        decimal? number = null;
        string? text = null;
        if (!string.IsNullOrEmpty(raw))
        {
            switch (indicator.ValueType)
            {
                case IndicatorValueType.Text:
                    if (raw.Length > 4000) errors.Add(new("value", "Assessment.Value.TooLong", 4000));
                    else text = raw;
                    break;
                case IndicatorValueType.YesNo:
                    number = raw.ToLowerInvariant() switch
                    {
                        "yes" or "true" or "1" or "ใช่" or "มี" => 1,
                        "no" or "false" or "0" or "ไม่ใช่" or "ไม่มี" => 0,
                        _ => null,
                    };
                    if (number is null) errors.Add(new("value", "Assessment.Value.YesNo"));
                    break;
                default:
                    number = ParseNumber(raw);
                    if (number is null) errors.Add(new("value", "Assessment.Value.NotNumber"));
                    else if (indicator.ValueType == IndicatorValueType.Percentage && number is < 0 or > 100) errors.Add(new("value", "Assessment.Value.Percentage"));
                    else if (indicator.ValueType == IndicatorValueType.Scale && (number is < 1 or > 5 || number != decimal.Truncate(number.Value)))
                        errors.Add(new("value", "Assessment.Value.Scale"));
                    else if (indicator.ValueType == IndicatorValueType.Number && number < 0) errors.Add(new("value", "Assessment.Value.Negative"));
                    break;
            }
        }
        if (input.Comment?.Length > 2000) errors.Add(new("comment", "Assessment.Value.TooLong", 2000));
        if (input.OverrideReason?.Length > 1000) errors.Add(new("overrideReason", "Assessment.Value.TooLong", 1000));
        foreach (var link in input.Links ?? [])
            if (!IsWebAddress(link)) errors.Add(new("links", "Assessment.Value.Link"));
        return (number, text, errors);
    }

    public static bool IsWebAddress(string? link) =>
        link is { Length: <= 1000 } && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static decimal? ParseNumber(string raw)
    {
        var cleaned = raw.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).TrimEnd('%');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            && Math.Abs(n) < 100_000_000_000_000m ? Math.Round(n, 4) : null;
    }

    /// <summary>The value as the form shows it again.</summary>
    public static string? Display(Indicator indicator, AssessmentValue? value) => value switch
    {
        null => null,
        { Text: { } t } => t,
        { Number: { } n } when indicator.ValueType == IndicatorValueType.YesNo => n != 0 ? "yes" : "no",
        { Number: { } n } => n.ToString("0.####", CultureInfo.InvariantCulture),
        _ => null,
    };
}
