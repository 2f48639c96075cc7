using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Library;

/// <summary>schema.org CreativeWork metadata of a resource, as a JSON-LD block safe to put inside a script element.</summary>
public static class ResourceJsonLd
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(LearningResource r, string publisher, IEnumerable<Topic> topics, string absoluteUrl, string? fileUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CreativeWork",
            ["@id"] = absoluteUrl,
            ["url"] = absoluteUrl,
            ["name"] = r.Title.Current,
            ["alternateName"] = r.Title.En is { Length: > 0 } en && en != r.Title.Current ? en : null,
            ["description"] = string.IsNullOrEmpty(r.Summary.Current) ? null : r.Summary.Current,
            ["inLanguage"] = r.Language,
            ["learningResourceType"] = r.Type.ToString(),
            ["license"] = ResourceChoices.LicenceDeed(r.Licence) ?? r.Licence,
            ["datePublished"] = r.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["keywords"] = topics.Select(t => t.Name.Current).ToList(),
            ["audience"] = ResourceChoices.Split(r.Audiences).Select(a => new Dictionary<string, string> { ["@type"] = "Audience", ["audienceType"] = a.ToString() }).ToList(),
            ["publisher"] = new Dictionary<string, string> { ["@type"] = r.CityId is null ? "Organization" : "GovernmentOrganization", ["name"] = publisher },
            ["sameAs"] = r.LinkUrl,
            ["contentUrl"] = fileUrl,
        };
        var json = JsonSerializer.Serialize(data.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value), Json);
        // Inside <script> only "</" could end the block; the encoder already escapes '<', this keeps it so whatever the options.
        return json.Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
