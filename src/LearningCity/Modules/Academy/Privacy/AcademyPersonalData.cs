using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Privacy;

/// <summary>
/// The courses a person authored, their enrolments with progress and quiz attempts. On erasure authored courses stay for
/// their learners without an author; enrolments not completed are removed (a cohort place passes on, anonymously held
/// by nobody); completed ones stay as anonymous figures, no longer pointing to the account; cohorts forget them as a
/// facilitator.
/// </summary>
internal sealed class AcademyPersonalData(AppDbContext db, Enrolling.Enrolments places) : IPersonalData
{
    public string Section => "academy";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct)
    {
        var authored = await db.Courses.AsNoTracking().Where(c => c.CreatedBy == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, title = c.Title.Th, status = c.Status.ToString(), c.PublishedVersion, c.CreatedAt, c.UpdatedAt }).ToListAsync(ct);
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.Progress).Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync(ct);
        var ids = enrolments.Select(e => e.Id).ToList();
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => ids.Contains(a.EnrolmentId)).OrderBy(a => a.Id).ToListAsync(ct);
        return new
        {
            authoredCourses = authored,
            enrolments = enrolments.Select(e => new
            {
                e.Id, e.CourseId, version = e.VersionNumber, status = e.Status.ToString(), e.CohortId, e.CityId, e.EnrolledAt, e.CompletedAt, e.Hours,
                e.CredentialId, lessonsDone = e.Progress.OrderBy(p => p.DoneAt).Select(p => new { p.LessonId, p.DoneAt }),
                quizAttempts = attempts.Where(a => a.EnrolmentId == e.Id).Select(a => new { a.LessonId, a.Number, a.Score, a.OutOf, a.Percent, a.Passed, a.SubmittedAt, a.Answers }),
            }).ToList(),
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.Courses.Where(c => c.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(c => c.CreatedBy, Guid.Empty), ct);
        var enrolments = await db.Enrolments.Where(e => e.UserId == userId).ToListAsync(ct);
        foreach (var e in enrolments.Where(e => e.Status != EnrolmentStatus.Completed))
        {
            if (e.CohortId is { } cohortId)
                await places.ReleasePlaceAsync(cohortId, userId, await db.Courses.AsNoTracking().FirstAsync(c => c.Id == e.CourseId, ct), ct);
            db.Enrolments.Remove(e);
        }
        foreach (var e in enrolments.Where(e => e.Status == EnrolmentStatus.Completed))
        {
            e.UserId = null;
            e.EnrolledBy = e.EnrolledBy == userId ? null : e.EnrolledBy;
        }
        await db.Enrolments.Where(e => e.EnrolledBy == userId).ExecuteUpdateAsync(u => u.SetProperty(e => e.EnrolledBy, (Guid?)null), ct);
        // Facilitator lists are JSON; cohorts are few, so they are read and filtered here.
        var cohorts = await db.Cohorts.ToListAsync(ct);
        foreach (var c in cohorts.Where(c => c.FacilitatorIds.Contains(userId))) c.FacilitatorIds = c.FacilitatorIds.Where(id => id != userId).ToList();
    }
}
