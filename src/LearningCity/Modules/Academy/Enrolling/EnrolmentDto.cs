using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>
/// An enrolment as its learner (or their city's coordinator) sees it: the pinned version, lessons done of all, and the
/// certificate once completed.
/// </summary>
public sealed record EnrolmentDto(
    int Id, int CourseId, string CourseTitleTh, string? CourseTitleEn, int Version, string Status, int? CohortId, int? CityId,
    DateTime EnrolledAt, DateTime? CompletedAt, int LessonsDone, int LessonsTotal, int Percent, IReadOnlyList<int> DoneLessonIds,
    decimal? Hours, string? CertificateUrl, string CourseUrl)
{
    public static EnrolmentDto Of(Enrolment e, Course course, int lessonsTotal)
    {
        var done = e.Progress.Select(p => p.LessonId).Distinct().OrderBy(i => i).ToList();
        return new EnrolmentDto(e.Id, e.CourseId, course.Title.Th, course.Title.En, e.VersionNumber, e.Status.ToString(), e.CohortId, e.CityId,
            e.EnrolledAt, e.CompletedAt, done.Count, lessonsTotal, lessonsTotal == 0 ? 0 : done.Count * 100 / lessonsTotal, done,
            e.Status == EnrolmentStatus.Completed ? e.Hours : null, e.CredentialId is { } id ? $"/credentials/{id}" : null,
            Catalogue.CourseLinks.Page(e.CourseId));
    }
}
