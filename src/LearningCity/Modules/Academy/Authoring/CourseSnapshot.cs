using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Authoring;

public sealed record LessonSnapshot(
    int Id, string Kind, string TitleTh, string? TitleEn, string BodyTh, string? BodyEn, string? VideoUrl, string? FileName,
    string? FileOriginalName, int? ResourceId, LessonQuiz? Quiz = null);

public sealed record ModuleSnapshot(int Id, string TitleTh, string? TitleEn, IReadOnlyList<LessonSnapshot> Lessons);

/// <summary>
/// A course with its modules and lessons, in order: what a <see cref="CourseVersion"/> freezes, and what the audit
/// log records before and after a change.
/// </summary>
public sealed record CourseSnapshot(
    int Id, string TitleTh, string? TitleEn, string SummaryTh, string? SummaryEn, string Capacity, IReadOnlyList<string> Audiences,
    decimal EstimatedHours, string PrerequisitesTh, string? PrerequisitesEn, IReadOnlyList<string> Indicators, string Status,
    int PublishedVersion, IReadOnlyList<ModuleSnapshot> Modules)
{
    // Thai stays readable in the stored JSON (the column is text, never put into a page as HTML).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static CourseSnapshot Of(Course c) => new(
        c.Id, c.Title.Th, c.Title.En, c.Summary.Th, c.Summary.En, c.Capacity.ToString(),
        CourseChoices.Of(c.Audiences).Select(a => a.ToString()).ToList(), c.EstimatedHours, c.Prerequisites.Th, c.Prerequisites.En,
        [.. c.Indicators], c.Status.ToString(), c.PublishedVersion,
        c.Modules.OrderBy(m => m.Position).Select(m => new ModuleSnapshot(m.Id, m.Title.Th, m.Title.En,
            m.Lessons.OrderBy(l => l.Position).Select(l => new LessonSnapshot(l.Id, l.Kind.ToString(), l.Title.Th, l.Title.En,
                l.Body.Th, l.Body.En, l.VideoUrl, l.FileName, l.FileOriginalName, l.ResourceId,
                l.Kind == LessonKind.Quiz ? l.Quiz : null)).ToList())).ToList());

    public IEnumerable<LessonSnapshot> AllLessons => Modules.SelectMany(m => m.Lessons);

    public decimal Hours => EstimatedHours;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CourseSnapshot? FromJson(string json) => JsonSerializer.Deserialize<CourseSnapshot>(json, Json);
}
