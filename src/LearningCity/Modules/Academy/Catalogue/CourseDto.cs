using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Catalogue;

public sealed record CourseText(string Th, string? En)
{
    public static CourseText? Of(BilingualText t) => string.IsNullOrEmpty(t.Th) ? null : new(t.Th, t.En);
}

/// <param name="Quiz">A quiz lesson's questions and options, never its answer keys.</param>
public sealed record LessonDto(int Id, int Position, string Kind, CourseText Title, CourseText? Body, string? VideoUrl, string? FileUrl, string? FileName, int? ResourceId,
    Quizzes.QuizView? Quiz);

public sealed record ModuleDto(int Id, int Position, CourseText Title, IReadOnlyList<LessonDto>? Lessons);

/// <summary>
/// A course as the API returns it. In a list, modules come without their lessons. publishedVersion is the number of
/// the latest frozen version (0 before the first publish).
/// </summary>
public sealed record CourseDto(
    int Id, CourseText Title, CourseText? Summary, string Capacity, IReadOnlyList<string> Audiences, decimal EstimatedHours,
    CourseText? Prerequisites, IReadOnlyList<string> Indicators, string Status, int PublishedVersion, bool IsDemo,
    DateTime CreatedAt, DateTime UpdatedAt, string PageUrl, IReadOnlyList<ModuleDto> Modules)
{
    public static CourseDto Of(Course c, bool withLessons) => new(
        c.Id, CourseText.Of(c.Title)!, CourseText.Of(c.Summary), c.Capacity.ToString(),
        CourseChoices.Of(c.Audiences).Select(a => a.ToString()).ToList(), c.EstimatedHours, CourseText.Of(c.Prerequisites),
        [.. c.Indicators], c.Status.ToString(), c.PublishedVersion, c.IsDemo, c.CreatedAt, c.UpdatedAt, CourseLinks.Page(c.Id),
        c.Modules.OrderBy(m => m.Position).Select(m => new ModuleDto(m.Id, m.Position, CourseText.Of(m.Title)!,
            withLessons ? m.Lessons.OrderBy(l => l.Position).Select(l => Lesson(c, l)).ToList() : null)).ToList());

    private static LessonDto Lesson(Course c, Lesson l) => new(
        l.Id, l.Position, l.Kind.ToString(), CourseText.Of(l.Title)!, CourseText.Of(l.Body), l.VideoUrl,
        l.FileName is null ? null : CourseLinks.File(c.Id, l.Id), l.FileOriginalName, l.ResourceId,
        l.Kind == LessonKind.Quiz ? Quizzes.QuizView.Of(l.Quiz) : null);
}

public static class CourseLinks
{
    public static string Page(int id) => $"/academy/courses/{id}";

    public static string File(int courseId, int lessonId) => $"/academy/courses/{courseId}/lessons/{lessonId}/file";
}
