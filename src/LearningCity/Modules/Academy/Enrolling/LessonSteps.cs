using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Enrolling;

public sealed record StepResult(Enrolment? Enrolment, Refusal? Refused, QuizGrade? Grade = null, bool Completed = false);

/// <summary>
/// A learner's steps on their own enrolment: marking a lesson done, or an attempt at a quiz (done when passed). Each step
/// runs in one transaction that first bumps the enrolment's step counter, so two steps of one learner run one after the
/// other on both databases (SQLite's write lock, PostgreSQL's row lock) and the second sees what the first did; the last
/// step completes the course in that same transaction.
/// </summary>
public sealed class LessonSteps(AppDbContext db, CourseCompletion completion, TimeProvider time)
{
    public Task<StepResult> MarkDoneAsync(Course course, Guid userId, int lessonId, CancellationToken ct) =>
        StepAsync(course, userId, lessonId, (enrolment, lesson) =>
        {
            if (lesson.Quiz is not null || lesson.Kind == nameof(LessonKind.Quiz)) return Task.FromResult<(Refusal?, QuizGrade?)>((Refusal.Conflict("QuizNeedsPass"), null));
            enrolment.Progress.Add(new LessonProgress { LessonId = lesson.Id, DoneAt = time.GetUtcNow().UtcDateTime });
            return Task.FromResult<(Refusal?, QuizGrade?)>((null, null));
        }, ct);

    public Task<StepResult> AttemptAsync(Course course, Guid userId, int lessonId, int attempt, IReadOnlyList<QuizAnswer?> answers, CancellationToken ct) =>
        StepAsync(course, userId, lessonId, async (enrolment, lesson) =>
        {
            if (lesson.Quiz is not { Questions.Count: > 0 } quiz) return (Refusal.Invalid("Quiz.NotAQuiz"), null);
            var used = await db.QuizAttempts.CountAsync(a => a.EnrolmentId == enrolment.Id && a.LessonId == lesson.Id, ct);
            if (used >= quiz.MaxAttempts) return (Refusal.Conflict("Quiz.NoAttemptsLeft"), null);
            if (attempt != used + 1) return (Refusal.Conflict("Quiz.Replayed"), null);
            var (grade, refused) = QuizGrading.Grade(quiz, answers);
            if (refused is not null) return (refused, null);
            var now = time.GetUtcNow().UtcDateTime;
            db.QuizAttempts.Add(new QuizAttempt
            {
                EnrolmentId = enrolment.Id, LessonId = lesson.Id, Number = attempt, Score = grade!.Score, OutOf = grade.OutOf, Percent = grade.Percent,
                Passed = grade.Passed, SubmittedAt = now, Answers = System.Text.Json.JsonSerializer.Serialize(answers),
            });
            if (grade.Passed)
            {
                enrolment.Progress.Add(new LessonProgress { LessonId = lesson.Id, DoneAt = now });
            }
            return (null, grade);
        }, ct);

    private async Task<StepResult> StepAsync(Course course, Guid userId, int lessonId,
        Func<Enrolment, LessonSnapshot, Task<(Refusal? Refused, QuizGrade? Grade)>> step, CancellationToken ct)
    {
        var found = await db.Enrolments.AsNoTracking().Where(e => e.CourseId == course.Id && e.UserId == userId)
            .Select(e => new { e.Id, e.CourseVersionId }).FirstOrDefaultAsync(ct);
        if (found is null) return Refused(Refusal.Conflict("NotEnrolled"));
        var version = await db.CourseVersions.AsNoTracking().FirstAsync(v => v.Id == found.CourseVersionId, ct);
        var snapshot = CourseSnapshot.FromJson(version.Structure)!;
        if (snapshot.AllLessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson) return Refused(Refusal.Invalid("NotInCourse"));
        var achievementId = await completion.DefineAsync(version, snapshot, course.IsDemo, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Enrolments.Where(e => e.Id == found.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Steps, e => e.Steps + 1), ct);
        var enrolment = await db.Enrolments.Include(e => e.Progress).FirstAsync(e => e.Id == found.Id, ct);
        if (enrolment.Status == EnrolmentStatus.Waitlisted) return Refused(Refusal.Conflict("Waitlisted"));
        if (enrolment.Progress.Any(p => p.LessonId == lessonId)) return Refused(Refusal.Conflict(lesson.Quiz is null ? "AlreadyDone" : "Quiz.AlreadyPassed"));
        var (refused, grade) = await step(enrolment, lesson);
        if (refused is not null)
        {
            db.ChangeTracker.Clear();
            return Refused(refused);
        }
        var completed = await completion.CompleteIfDoneAsync(enrolment, snapshot, course.Title, achievementId, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refused(Refusal.Conflict(lesson.Quiz is null ? "AlreadyDone" : "Quiz.Replayed"));
        }
        return new StepResult(enrolment, null, grade, completed);
    }

    /// <summary>Attempts the learner has left at a quiz lesson of their pinned version.</summary>
    public async Task<int> AttemptsLeftAsync(int enrolmentId, LessonQuiz quiz, int lessonId, CancellationToken ct) =>
        Math.Max(0, quiz.MaxAttempts - await db.QuizAttempts.CountAsync(a => a.EnrolmentId == enrolmentId && a.LessonId == lessonId, ct));

    public async Task<int> AttemptsLeftAsync(int enrolmentId, Course course, int lessonId, CancellationToken ct)
    {
        var versionId = await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolmentId).Select(e => e.CourseVersionId).FirstAsync(ct);
        var structure = await db.CourseVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Structure).FirstAsync(ct);
        var quiz = CourseSnapshot.FromJson(structure)!.AllLessons.First(l => l.Id == lessonId).Quiz ?? new LessonQuiz();
        return await AttemptsLeftAsync(enrolmentId, quiz, lessonId, ct);
    }

    private static StepResult Refused(Refusal refusal) => new(null, refusal);
}
