using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Catalogue;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Enrolling;

public sealed record EnrolResult(Enrolment? Enrolment, Refusal? Refused);

/// <summary>
/// Enrolling and leaving. An enrolment pins the course's latest published version. A cohort's places are seats of the
/// shared seat counter (<see cref="ISeats"/>): the seat, the enrolment and the notification commit together; leaving
/// gives the place to the first person waiting, whose enrolment becomes active and who is told.
/// </summary>
public sealed class Enrolments(AppDbContext db, ISeats seats, PersonalNotices notices, TimeProvider time)
{
    public Task<Enrolment?> FindAsync(int courseId, Guid userId, CancellationToken ct) =>
        db.Enrolments.AsNoTracking().Include(e => e.Progress).FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, ct);

    public async Task<EnrolResult> EnrolAsync(Course course, Guid userId, int? cohortId, int? cityId, Guid? enrolledBy, CancellationToken ct)
    {
        if (course.Status != CourseStatus.Published || course.PublishedVersion == 0) return Refused(Refusal.Conflict("NotPublished"));
        var version = await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == course.Id && v.Number == course.PublishedVersion)
            .Select(v => new { v.Id, v.Number }).FirstAsync(ct);
        Cohort? cohort = null;
        if (cohortId is { } cid)
        {
            cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid && c.CourseId == course.Id, ct);
            if (cohort is null) return Refused(Refusal.Invalid("NoSuchCohort"));
            if (cohort.EndsOn < ThaiToday()) return Refused(Refusal.Conflict("CohortEnded"));
        }
        if (await db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.UserId == userId, ct)) return Refused(Refusal.Conflict("AlreadyEnrolled"));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var status = EnrolmentStatus.Active;
        if (cohort is not null)
        {
            var taking = await seats.TakeAsync(new SeatedThing(Cohort.SeatKind, cohort.Id), userId, ct);
            if (taking.Outcome == SeatTakeOutcome.AlreadyHeld) return Refused(Refusal.Conflict("AlreadyEnrolled"));
            if (taking.Outcome == SeatTakeOutcome.NoSuchThing) return Refused(Refusal.Invalid("NoSuchCohort"));
            if (taking.Outcome == SeatTakeOutcome.Waitlisted) status = EnrolmentStatus.Waitlisted;
        }
        var enrolment = new Enrolment
        {
            CourseId = course.Id, CourseVersionId = version.Id, VersionNumber = version.Number, UserId = userId, CohortId = cohort?.Id,
            CityId = cityId, EnrolledBy = enrolledBy, Status = status, EnrolledAt = time.GetUtcNow().UtcDateTime,
        };
        db.Enrolments.Add(enrolment);
        var (title, body) = AcademyNotices.Enrolled(course.Title, status == EnrolmentStatus.Waitlisted);
        await notices.NotifyAsync(userId, NoticeKind.CourseEnrolment, title, body, CourseLinks.Page(course.Id), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person enrolling twice at the same moment: the unique (course, person) index stops the second.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refused(Refusal.Conflict("AlreadyEnrolled"));
        }
        return new EnrolResult(enrolment, null);
    }

    /// <summary>Leaves a course not yet completed: the progress goes; a cohort place passes to the first person waiting.</summary>
    public async Task<Refusal?> LeaveAsync(Course course, Guid userId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == course.Id && e.UserId == userId, ct);
        if (enrolment is null) return Refusal.Conflict("NotEnrolled");
        if (enrolment.Status == EnrolmentStatus.Completed) return Refusal.Conflict("CompletedCannotLeave");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (enrolment.CohortId is { } cohortId)
        {
            await ReleasePlaceAsync(cohortId, userId, course, ct);
        }
        db.Enrolments.Remove(enrolment);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>
    /// Gives up a cohort place; the person promoted from the waitlist becomes active and is told. Joins the caller's
    /// transaction (leaving, or an account's erasure).
    /// </summary>
    internal async Task ReleasePlaceAsync(int cohortId, Guid userId, Course course, CancellationToken ct)
    {
        var release = await seats.ReleaseAsync(new SeatedThing(Cohort.SeatKind, cohortId), userId, ct);
        if (release.Promoted?.HolderUserId is not { } next) return;
        var promoted = await db.Enrolments.FirstOrDefaultAsync(e => e.CohortId == cohortId && e.UserId == next && e.Status == EnrolmentStatus.Waitlisted, ct);
        if (promoted is null) return;
        promoted.Status = EnrolmentStatus.Active;
        var cohortName = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Name).FirstAsync(ct);
        var (title, body) = AcademyNotices.Promoted(course.Title, cohortName);
        await notices.NotifyAsync(next, NoticeKind.CourseEnrolment, title, body, CourseLinks.Page(course.Id), ct);
    }

    private DateOnly ThaiToday() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));

    private static EnrolResult Refused(Refusal refusal) => new(null, refusal);
}
