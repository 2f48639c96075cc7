using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Academy.Quizzes;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>The learner's actions on the course page, each on their own enrolment only.</summary>
public sealed partial class CourseDetailModel
{
    public async Task<IActionResult> OnPostEnrolAsync(int id, int? cohortId, CancellationToken ct) =>
        await ActAsync(id, async userId =>
        {
            var result = await enrolments.EnrolAsync(Course, userId, cohortId, null, null, ct);
            return (result.Refused, result.Enrolment?.Status == EnrolmentStatus.Waitlisted ? "Academy.Flash.Waitlisted" : "Academy.Flash.Enrolled");
        }, ct);

    public async Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken ct) =>
        await ActAsync(id, async userId => (await enrolments.LeaveAsync(Course, userId, ct), "Academy.Flash.Left"), ct);

    public async Task<IActionResult> OnPostDoneAsync(int id, int lessonId, CancellationToken ct) =>
        await ActAsync(id, async userId =>
        {
            var step = await steps.MarkDoneAsync(Course, userId, lessonId, ct);
            return (step.Refused, step.Completed ? "Academy.Flash.Completed" : "Academy.Flash.Done");
        }, ct, $"#lesson-{lessonId}");

    public async Task<IActionResult> OnPostQuizAsync(int id, int lessonId, int attempt, CancellationToken ct) =>
        await ActAsync(id, async userId =>
        {
            var step = await steps.AttemptAsync(Course, userId, lessonId, attempt, Answers(lessonId), ct);
            var flash = step.Completed ? "Academy.Flash.Completed" : step.Grade?.Passed == true ? "Academy.Flash.QuizPassed" : "Academy.Flash.QuizFailed";
            return (step.Refused, flash);
        }, ct, $"#lesson-{lessonId}");

    /// <summary>
    /// The form's answers as sent: field q{questionId}, option ids for choices, text for a short answer. Nothing is
    /// dropped or corrected here; the grading refuses what the page never offered.
    /// </summary>
    private List<QuizAnswer?> Answers(int lessonId)
    {
        var quiz = Modules.SelectMany(m => m.Lessons).FirstOrDefault(x => x.Id == lessonId)?.Quiz;
        var answers = new List<QuizAnswer?>();
        foreach (var key in Request.Form.Keys.Where(k => k.Length > 1 && k[0] == 'q' && char.IsAsciiDigit(k[1])))
        {
            if (!int.TryParse(key.AsSpan(1), out var questionId)) continue;
            var values = Request.Form[key];
            var question = quiz?.Questions.FirstOrDefault(q => q.Id == questionId);
            answers.Add(question?.Kind == QuestionKind.ShortAnswer
                ? new QuizAnswer { QuestionId = questionId, Text = values.FirstOrDefault() }
                : new QuizAnswer { QuestionId = questionId, OptionIds = values.Select(v => int.TryParse(v, out var o) ? o : -1).ToList() });
        }
        return answers;
    }

    private async Task<IActionResult> ActAsync(int id, Func<Guid, Task<(Refusal? Refused, string Flash)>> act, CancellationToken ct, string anchor = "#learning")
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (CityAccess.UserId(User) is not { } userId) return Challenge();
        var (refused, flash) = await act(userId);
        if (refused is not null)
        {
            await LoadAsync(id, ct);
            StatusError = l[refused.Key];
            Response.StatusCode = refused.Status;
            return Page();
        }
        TempData["Flash"] = flash;
        return Redirect(CourseLinks.Page(id) + anchor);
    }
}
