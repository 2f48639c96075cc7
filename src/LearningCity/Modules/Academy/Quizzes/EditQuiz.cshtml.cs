using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Academy.Quizzes;

/// <summary>
/// A quiz lesson's questions, for the course's authors: pass mark and attempts, questions added one at a time (options
/// one a line, a leading * marking each correct one; accepted answers one a line) and removed.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EditQuizModel(CourseAuthoring authoring, QuizAuthoring quizzes, JsonStringLocalizer l) : PageModel
{
    public Course Course { get; private set; } = null!;
    public Lesson Lesson { get; private set; } = null!;
    public Dictionary<string, string[]>? Errors { get; private set; }

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? PromptTh { get; set; }
    [BindProperty] public string? PromptEn { get; set; }
    [BindProperty] public string? Lines { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int lessonId, CancellationToken ct) => await LoadAsync(id, lessonId, ct) ?? Page();

    public async Task<IActionResult> OnPostSettingsAsync(int id, int lessonId, int? passMark, int? maxAttempts, CancellationToken ct) =>
        await LoadAsync(id, lessonId, ct) ?? await SaveAsync(q => { q.PassMark = passMark; q.MaxAttempts = maxAttempts; }, ct);

    public async Task<IActionResult> OnPostAddQuestionAsync(int id, int lessonId, CancellationToken ct) =>
        await LoadAsync(id, lessonId, ct) ?? await SaveAsync(q =>
        {
            var lines = (Lines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var question = new QuestionInput { Kind = Kind, PromptTh = PromptTh, PromptEn = PromptEn };
            if (Kind == nameof(QuestionKind.ShortAnswer)) question.AcceptedAnswers = lines.Select(x => (string?)x).ToList();
            else question.Options = lines.Select(x => (OptionInput?)new OptionInput { Correct = x.StartsWith('*'), TextTh = x.TrimStart('*').Trim() }).ToList();
            q.Questions!.Add(question);
        }, ct);

    public async Task<IActionResult> OnPostRemoveQuestionAsync(int id, int lessonId, int questionId, CancellationToken ct) =>
        await LoadAsync(id, lessonId, ct) ?? await SaveAsync(q =>
        {
            var index = Lesson.Quiz.Questions.FindIndex(x => x.Id == questionId);
            if (index >= 0) q.Questions!.RemoveAt(index);
        }, ct);

    private async Task<IActionResult> SaveAsync(Action<QuizInput> change, CancellationToken ct)
    {
        var input = QuizAuthoring.ToInput(Lesson.Quiz);
        change(input);
        Errors = await quizzes.SaveAsync(Course, Lesson, input, ct);
        if (Errors is null)
        {
            TempData["Flash"] = "Academy.Flash.QuizSaved";
            return Redirect($"/academy/courses/{Course.Id}/lessons/{Lesson.Id}/quiz");
        }
        foreach (var (key, messages) in Errors) foreach (var m in messages) ModelState.AddModelError(key, m);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, int lessonId, CancellationToken ct)
    {
        var course = await authoring.FindAsync(id, ct);
        if (course is null || !CourseAccess.CanView(User, course)) return NotFound();
        if (!CourseAccess.CanEdit(User, course)) return StatusCode(StatusCodes.Status403Forbidden);
        var lesson = course.Modules.SelectMany(m => m.Lessons).FirstOrDefault(x => x.Id == lessonId);
        // Only quiz lessons have questions: any other lesson goes back to the course's edit page.
        if (lesson is null || lesson.Kind != LessonKind.Quiz) return Redirect($"/academy/courses/{id}/edit");
        (Course, Lesson) = (course, lesson);
        _ = l;
        return null;
    }
}
