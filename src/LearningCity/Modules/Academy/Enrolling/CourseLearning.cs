using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Cohorts;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>A learner's tries at one quiz lesson.</summary>
public sealed record QuizTries(int Used, int Left, int? LastPercent, bool Passed);

/// <summary>What the course page shows a person about their own learning: the enrolment, the version it pins, cohorts and places.</summary>
public sealed record LearnerView(
    EnrolmentDto? Enrolment, IReadOnlyList<CourseModule>? PinnedModules, IReadOnlyList<CohortDto> Cohorts, int? WaitlistPosition,
    IReadOnlyDictionary<int, QuizTries> Quizzes)
{
    public bool IsEnrolled => Enrolment is not null;
    public bool IsActive => Enrolment?.Status == nameof(EnrolmentStatus.Active);
    public bool IsDone(int lessonId) => Enrolment?.DoneLessonIds.Contains(lessonId) == true;
}

public sealed class CourseLearning(AppDbContext db, EnrolmentReading reading, CohortPlanning cohorts, ISeats seats)
{
    public async Task<LearnerView> ViewAsync(Course course, Guid? userId, CancellationToken ct)
    {
        var cohortList = await cohorts.ListAsync(course.Id, ct);
        if (userId is not { } id) return new LearnerView(null, null, cohortList, null, new Dictionary<int, QuizTries>());
        var enrolment = (await reading.ReadAsync(db.Enrolments.Where(e => e.CourseId == course.Id && e.UserId == id), ct)).FirstOrDefault();
        if (enrolment is null) return new LearnerView(null, null, cohortList, null, new Dictionary<int, QuizTries>());
        var versionId = await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolment.Id).Select(e => e.CourseVersionId).FirstAsync(ct);
        var structure = await db.CourseVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Structure).FirstAsync(ct);
        var snapshot = CourseSnapshot.FromJson(structure)!;
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.EnrolmentId == enrolment.Id).OrderBy(a => a.Number).ToListAsync(ct);
        var quizzes = snapshot.AllLessons.Where(l => l.Quiz is not null).ToDictionary(l => l.Id, l =>
        {
            var mine = attempts.Where(a => a.LessonId == l.Id).ToList();
            return new QuizTries(mine.Count, Math.Max(0, l.Quiz!.MaxAttempts - mine.Count), mine.LastOrDefault()?.Percent, mine.Any(a => a.Passed));
        });
        int? position = null;
        if (enrolment.CohortId is { } cohortId && enrolment.Status == nameof(EnrolmentStatus.Waitlisted))
            position = (await seats.HoldOfAsync(new SeatedThing(Cohort.SeatKind, cohortId), id, ct))?.WaitlistPosition;
        return new LearnerView(enrolment, Modules(snapshot), cohortList, position, quizzes);
    }

    /// <summary>The pinned version's modules and lessons, shaped as the page shows a course (never saved).</summary>
    public static List<CourseModule> Modules(CourseSnapshot snapshot) => snapshot.Modules.Select((m, i) => new CourseModule
    {
        Id = m.Id, Position = i, Title = new BilingualText(m.TitleTh, m.TitleEn),
        Lessons = m.Lessons.Select((l, j) => new Lesson
        {
            Id = l.Id, ModuleId = m.Id, Position = j, Kind = Enum.Parse<LessonKind>(l.Kind), Title = new BilingualText(l.TitleTh, l.TitleEn),
            Body = new BilingualText(l.BodyTh, l.BodyEn), VideoUrl = l.VideoUrl, FileName = l.FileName, FileOriginalName = l.FileOriginalName,
            ResourceId = l.ResourceId, Quiz = l.Quiz ?? new LessonQuiz(),
        }).ToList(),
    }).ToList();
}
