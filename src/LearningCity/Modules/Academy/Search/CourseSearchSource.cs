using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Search;

/// <summary>Published courses in the platform's search: title, summary, prerequisites, module and lesson titles, text lessons and indicator codes.</summary>
internal sealed class CourseSearchSource : ISearchSource
{
    /// <summary>How much of the lessons' text goes into the index: enough to find a course by what it teaches.</summary>
    private const int MaxLessonText = 20_000;

    public string Type => CourseAuthoring.SearchType;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var courseId)) return null;
        var course = await Published(db).FirstOrDefaultAsync(c => c.Id == courseId, ct);
        return course is null ? null : ToDocument(course);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var course in Published(db).OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(course);
    }

    private static IQueryable<Course> Published(AppDbContext db) =>
        db.Courses.AsNoTracking().Include(c => c.Modules).ThenInclude(m => m.Lessons).AsSplitQuery()
            .Where(c => c.Status == CourseStatus.Published);

    private static SearchDocument ToDocument(Course c)
    {
        var modules = c.Modules.OrderBy(m => m.Position).ToList();
        var lessons = modules.SelectMany(m => m.Lessons.OrderBy(l => l.Position)).ToList();
        var lessonText = string.Join("\n", lessons.Where(l => l.Kind == LessonKind.Text).Select(l => l.Body.Th));
        var body = new[]
        {
            c.Summary.Th, c.Summary.En, c.Prerequisites.Th, c.Prerequisites.En,
            string.Join("\n", modules.Select(m => m.Title.Th)), string.Join("\n", lessons.Select(l => l.Title.Th)),
            string.Join(" ", c.Indicators), lessonText.Length > MaxLessonText ? lessonText[..MaxLessonText] : lessonText,
        };
        return new SearchDocument
        {
            Type = CourseAuthoring.SearchType,
            Id = c.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(c.Title.Th, c.Title.En),
            Summary = string.IsNullOrWhiteSpace(c.Summary.Th) ? null : new BilingualText(Shorten(c.Summary.Th), c.Summary.En is null ? null : Shorten(c.Summary.En)),
            Body = string.Join("\n", body.Where(t => !string.IsNullOrWhiteSpace(t))),
            Url = $"/academy/courses/{c.Id}",
            Date = c.UpdatedAt,
            Facets = new Dictionary<string, IReadOnlyList<string>> { ["language"] = ["th"] },
        };
    }

    private static string Shorten(string text, int max = 300) => text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
