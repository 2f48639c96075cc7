using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Resources.Import;

/// <summary>The publisher every row of a file is imported for: exactly one of a city and an organisation.</summary>
public sealed record ImportTarget(int? CityId, int? OrganisationId);

/// <summary>A checked row, ready to be saved: the unsaved item and its Thai title (for duplicate detection).</summary>
public sealed record CheckedItem(object Item, string Title);

/// <summary>
/// Turns the rows of one content type into unsaved items, checking each with the same input classes and rules
/// as that type's form and API, so a row fails with the same localized messages a form field would.
/// </summary>
public abstract class ContentRows(JsonStringLocalizer l)
{
    protected JsonStringLocalizer L => l;

    public abstract ImportKind Kind { get; }

    /// <summary>The Thai titles the publisher already has (any status), for duplicate detection.</summary>
    public abstract Task<List<string>> ExistingTitlesAsync(ImportTarget target, CancellationToken ct);

    /// <summary>Null (with errors added) when the row is not valid.</summary>
    public abstract Task<CheckedItem?> CheckAsync(TableRow row, ImportTarget target, RowErrors errors, CancellationToken ct);

    /// <summary>Adds the item as a draft or published, created by the given user.</summary>
    public abstract void Add(object item, bool publish, DateTime now, Guid userId);

    /// <summary>After the insert: the audit record and the search entry of the saved item.</summary>
    public abstract (string EntityType, int Id, object Snapshot) Saved(object item);

    /// <summary>Adds the input's DataAnnotations errors (and any others) under their columns, keeping earlier errors of a column.</summary>
    protected static void AddFieldErrors(RowErrors errors, IEnumerable<KeyValuePair<string, string[]>> fieldErrors)
    {
        foreach (var (field, messages) in fieldErrors)
        {
            var column = ImportColumns.ColumnOf(field);
            if (errors.Has(column)) continue;
            foreach (var message in messages) errors.Add(column, message);
        }
    }

    protected static Dictionary<string, string[]> Validate(object input, JsonStringLocalizer l) => RequestValidation.Validate(input, l);

    protected T? Number<T>(TableRow row, string column, RowErrors errors) where T : struct, IParsable<T>
    {
        if (row[column] is not { } text) return null;
        var clean = text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (T.TryParse(clean, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(column, l["Import.BadNumber", text]);
        return null;
    }

    protected DateOnly? Date(TableRow row, string column, RowErrors errors)
    {
        if (row[column] is not { } text) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year < 2400)
            return date;
        errors.Add(column, l["Import.BadDate", text]);
        return null;
    }

    /// <summary>Dates of a column that keeps ISO text: checked here for the Buddhist-era mistake, then by the type's own rule.</summary>
    protected string? IsoText(TableRow row, string column, RowErrors errors)
    {
        if (row[column] is not { } text) return null;
        var value = text.Length > 10 && text[10] == ' ' ? text[..10] : text;
        if (value.Length >= 4 && int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2400)
            errors.Add(column, l["Import.BadDate", text]);
        return value;
    }

    protected bool Boolean(TableRow row, string column, bool blank, RowErrors errors)
    {
        if (row[column] is not { } text) return blank;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1" or "ใช่" or "ฟรี" or "free":
                return true;
            case "false" or "no" or "n" or "0" or "ไม่" or "ไม่ใช่" or "ไม่ฟรี":
                return false;
            default:
                errors.Add(column, l["Import.BadBoolean", text]);
                return blank;
        }
    }

    public static string TitleKey(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
