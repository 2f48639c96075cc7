using LearningCity.Common.Localization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>schema.org JSON-LD for a page's &lt;script type="application/ld+json"&gt; block.</summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// JSON that is safe inside a script element: "&lt;" never appears raw, so "&lt;/script&gt;" in a name cannot end it.
    /// Outside strings JSON has no "&lt;", so escaping every one keeps the JSON the same.
    /// </summary>
    public static string Serialize(JsonNode node) =>
        node.ToJsonString(Options).Replace("<", "\\u003c", StringComparison.Ordinal);

    public static JsonObject Place(LearningSpace s, string pageUrl, string? cityName)
    {
        var place = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Place",
            ["@id"] = pageUrl,
            ["url"] = pageUrl,
            ["name"] = s.Name.Current,
            ["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = s.Latitude, ["longitude"] = s.Longitude },
            ["address"] = new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = s.Address.Current,
                ["addressLocality"] = s.District ?? cityName ?? "",
                ["addressRegion"] = s.ProvinceCode,
                ["addressCountry"] = "TH",
            },
            ["isAccessibleForFree"] = s.IsFree,
            ["openingHoursSpecification"] = new JsonArray(s.OpeningHours.Select(h => (JsonNode)new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = $"https://schema.org/{h.Day}",
                ["opens"] = IsoDates.Time(h.Opens),
                ["closes"] = IsoDates.Time(h.Closes),
            }).ToArray()),
        };
        if (s.Description.Current is { Length: > 0 } description) place["description"] = description;
        if (s.ContactPhone is not null) place["telephone"] = s.ContactPhone;
        if (s.Website is not null) place["sameAs"] = s.Website;
        if (s.Photos.Count > 0) place["photo"] = new JsonArray(s.Photos.Select(p => (JsonNode)new JsonObject { ["@type"] = "ImageObject", ["contentUrl"] = $"/files/{p}" }).ToArray());
        var features = SpaceDto.Features(s.Accessibility).Select(f => (JsonNode)new JsonObject
        {
            ["@type"] = "LocationFeatureSpecification", ["name"] = f.ToString(), ["value"] = true,
        }).ToArray();
        if (features.Length > 0) place["amenityFeature"] = new JsonArray(features);
        return place;
    }
}
