using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>schema.org Course metadata of a course (with a self-paced online CourseInstance), as a JSON-LD block safe inside a script element.</summary>
public static class CourseJsonLd
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string For(Course c, string absoluteUrl, string provider, string providerUrl)
    {
        var workload = "PT" + c.EstimatedHours.ToString("0.#", CultureInfo.InvariantCulture) + "H";
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Course",
            ["@id"] = absoluteUrl,
            ["url"] = absoluteUrl,
            ["name"] = c.Title.Th,
            ["alternateName"] = c.Title.En,
            ["description"] = string.IsNullOrEmpty(c.Summary.Th) ? c.Title.Th : c.Summary.Th,
            ["inLanguage"] = "th",
            ["timeRequired"] = workload,
            ["coursePrerequisites"] = string.IsNullOrEmpty(c.Prerequisites.Th) ? null : c.Prerequisites.Th,
            ["about"] = new Dictionary<string, string> { ["@type"] = "DefinedTerm", ["name"] = c.Capacity.ToString() },
            ["keywords"] = c.Indicators.Count == 0 ? null : c.Indicators,
            ["audience"] = CourseChoices.Of(c.Audiences).Select(a => new Dictionary<string, string> { ["@type"] = "Audience", ["audienceType"] = a.ToString() }).ToList(),
            ["provider"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = provider, ["sameAs"] = providerUrl },
            ["isAccessibleForFree"] = true,
            ["version"] = c.PublishedVersion > 0 ? c.PublishedVersion : null,
            ["dateModified"] = c.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["syllabusSections"] = c.Modules.OrderBy(m => m.Position).Select(m => new Dictionary<string, object>
            {
                ["@type"] = "Syllabus", ["name"] = m.Title.Th, ["position"] = m.Position + 1,
            }).ToList(),
            ["hasCourseInstance"] = new Dictionary<string, string>
            {
                ["@type"] = "CourseInstance", ["courseMode"] = "online", ["courseWorkload"] = workload,
            },
        };
        var json = JsonSerializer.Serialize(data.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value), Json);
        // Inside <script> only "</" could end the block; the encoder already escapes '<', this keeps it so whatever the options.
        return json.Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
