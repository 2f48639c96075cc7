using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Research.Catalogue;

/// <summary>schema.org metadata of an item (ScholarlyArticle, Report or Dataset), as JSON-LD safe inside a script element.</summary>
public static class ResearchJsonLd
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string SchemaType(ResearchType type) => type switch
    {
        ResearchType.Paper => "ScholarlyArticle",
        ResearchType.Dataset => "Dataset",
        _ => "Report",
    };

    public static string For(ResearchItem r, IEnumerable<string> cityNames, string absoluteUrl, string? fileUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = SchemaType(r.Type),
            ["@id"] = absoluteUrl,
            ["url"] = absoluteUrl,
            ["name"] = r.Title.Th,
            ["alternateName"] = r.Title.En,
            ["description"] = string.IsNullOrEmpty(r.Abstract.Th) ? null : r.Abstract.Th,
            ["author"] = r.Authors.Select(a => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = a }).ToList(),
            ["datePublished"] = r.Year.ToString(CultureInfo.InvariantCulture),
            ["keywords"] = r.Keywords.OrderBy(k => k.Position).Select(k => k.Text).ToList(),
            ["identifier"] = r.Doi is null ? null : new Dictionary<string, string>
            {
                ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = r.Doi, ["url"] = ResearchLinks.DoiUrl(r.Doi)!,
            },
            ["sameAs"] = r.Url,
            ["license"] = ContentLicences.Deed(r.Licence) ?? r.Licence,
            ["spatialCoverage"] = cityNames.Select(n => new Dictionary<string, string> { ["@type"] = "Place", ["name"] = n }).ToList(),
            [r.Type == ResearchType.Dataset ? "distribution" : "encoding"] = fileUrl is null ? null : new Dictionary<string, string>
            {
                ["@type"] = r.Type == ResearchType.Dataset ? "DataDownload" : "MediaObject", ["contentUrl"] = fileUrl,
            },
        };
        var json = JsonSerializer.Serialize(data.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value), Json);
        // Inside <script> only "</" could end the block; the encoder already escapes '<', this keeps it so whatever the options.
        return json.Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
