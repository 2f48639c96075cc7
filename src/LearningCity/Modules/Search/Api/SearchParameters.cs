using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Search.Api;

/// <summary>
/// The query string of the search page, its CSV export and the API, e.g.
/// ?q=ปลา&amp;province=TH-50&amp;sort=distance&amp;lat=18.79&amp;lon=98.98&amp;radiusKm=10&amp;openNow=true&amp;page=2.
/// Numbers arrive as text so that a wrong one becomes a field error, not a failed request.
/// </summary>
public sealed class SearchParameters
{
    public const double MaxRadiusKm = 2000;

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "type")] public string[]? Type { get; set; }
    [FromQuery(Name = "topic")] public string[]? Topic { get; set; }
    [FromQuery(Name = "audience")] public string[]? Audience { get; set; }
    [FromQuery(Name = "region")] public string[]? Region { get; set; }
    [FromQuery(Name = "province")] public string[]? Province { get; set; }
    [FromQuery(Name = "language")] public string[]? Language { get; set; }
    [FromQuery(Name = "price")] public string[]? Price { get; set; }
    /// <summary>relevance (default), date or distance (needs lat and lon).</summary>
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "lat")] public string? Lat { get; set; }
    [FromQuery(Name = "lon")] public string? Lon { get; set; }
    [FromQuery(Name = "radiusKm")] public string? RadiusKm { get; set; }
    [FromQuery(Name = "openNow")] public string? OpenNow { get; set; }
    [FromQuery(Name = "openCalls")] public string? OpenCalls { get; set; }
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters() => new Dictionary<string, IReadOnlyList<string>>
    {
        ["type"] = Clean(Type), ["topic"] = Clean(Topic), ["audience"] = Clean(Audience), ["region"] = Clean(Region),
        ["province"] = Clean(Province), ["language"] = Clean(Language), ["price"] = Clean(Price),
    };

    /// <summary>The query, or the per-field errors (keys as in the query string) in the reader's language.</summary>
    public (SearchQuery Query, Dictionary<string, string[]> Errors) ToQuery(JsonStringLocalizer l, int defaultPageSize, int maxPageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var lat = Number("lat", Lat, -90, 90, "Search.Field.Latitude");
        var lon = Number("lon", Lon, -180, 180, "Search.Field.Longitude");
        var radius = Number("radiusKm", RadiusKm, 0, MaxRadiusKm, "Search.Field.Radius");
        var page = Number("page", PageNumber, 1, 100_000, "Search.Field.Page");
        var size = Number("pageSize", PageSize, 1, maxPageSize, "Search.Field.PageSize");
        var sort = SearchSort.Relevance;
        if (!string.IsNullOrWhiteSpace(Sort) && !(Enum.TryParse(Sort, true, out sort) && Enum.IsDefined(sort) && !char.IsAsciiDigit(Sort[0])))
            errors["sort"] = [l["Validation.Invalid", l["Search.Field.Sort"]]];
        if ((lat is null) != (lon is null) && !errors.ContainsKey("lat") && !errors.ContainsKey("lon"))
            errors[lat is null ? "lat" : "lon"] = [l["Search.Error.LatLonTogether"]];
        if (radius is not null && lat is null && !errors.ContainsKey("radiusKm"))
            errors["radiusKm"] = [l["Search.Error.RadiusNeedsPlace"]];
        if (sort == SearchSort.Distance && (lat is null || lon is null) && !errors.ContainsKey("sort"))
            errors["sort"] = [l["Search.Error.DistanceNeedsPlace"]];
        var query = new SearchQuery
        {
            Text = Q,
            Filters = Filters(),
            Sort = sort,
            Latitude = lat,
            Longitude = lon,
            RadiusKm = radius,
            OpenNow = Flag(OpenNow),
            OpenCalls = Flag(OpenCalls),
            Page = (int)(page ?? 1),
            PageSize = (int)(size ?? defaultPageSize),
        };
        return (query, errors);

        double? Number(string field, string? text, double min, double max, string nameKey)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                errors[field] = [l["Validation.Number", l[nameKey]]];
                return null;
            }
            if (value < min || value > max)
            {
                errors[field] = [l["Validation.Range", l[nameKey], min, max]];
                return null;
            }
            return value;
        }
    }

    private static bool Flag(string? text) => text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text is "1" or "on");

    private static string[] Clean(string[]? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().Take(50).ToArray() ?? [];
}
