using LearningCity.Common.Content;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>A course: its facts, the outline of modules and lessons with their contents, and the author's actions.</summary>
public sealed partial class CourseDetailModel(CourseAuthoring authoring, LibraryResources library, MarkdownRenderer markdown, JsonStringLocalizer l, SiteAddress site,
    CourseLearning learning, Enrolments enrolments, LessonSteps steps)
    : PageModel
{
    /// <summary>The signed-in person's own enrolment and what goes with it; empty for anonymous readers.</summary>
    public LearnerView Learner { get; private set; } = null!;

    public Course Course { get; private set; } = null!;
    public IReadOnlyList<CourseModule> Modules { get; private set; } = [];
    public IReadOnlyDictionary<int, LibraryResourceLink> Resources { get; private set; } = new Dictionary<int, LibraryResourceLink>();
    public string JsonLd { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public string? StatusError { get; private set; }

    /// <summary>A text lesson's Markdown as safe HTML, in the reader's language (Thai when there is no English).</summary>
    public string Html(Lesson lesson) => markdown.ToSafeHtml(lesson.Body.Current);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        var save = await authoring.PublishAsync(Course, ct);
        if (save.Errors is not null)
        {
            StatusError = string.Join(" ", save.Errors.SelectMany(e => e.Value));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Flash"] = "Academy.Flash.Published";
        return Redirect(CourseLinks.Page(id));
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        if (Course.Status == CourseStatus.Published) await authoring.UnpublishAsync(Course, ct);
        TempData["Flash"] = "Academy.Flash.Unpublished";
        return Redirect(CourseLinks.Page(id));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(User, course)) return false;
        Course = course;
        CanEdit = CourseAccess.CanEdit(User, course);
        Learner = await learning.ViewAsync(course, CityAccess.UserId(User), ct);
        // An enrolled learner follows the version they started on, whatever has been edited or published since.
        Modules = Learner.PinnedModules ?? course.Modules.OrderBy(m => m.Position).ToList();
        Resources = await library.PublishedAsync(Modules.SelectMany(m => m.Lessons).Select(x => x.ResourceId).OfType<int>(), ct);
        JsonLd = CourseJsonLd.For(course, site.Origin + CourseLinks.Page(id), l["Site.Name"], site.Origin + "/");
        return true;
    }
}
