using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Identity.Public;

namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>
/// Completion, decided inside the transaction of the step that did the last lesson: the enrolment is marked completed
/// with the version's hours (which the passport reads), the certificate is issued into the same unit of work (one per
/// enrolment, by its source key) and the learner is told. Nothing happens later in a batch.
/// </summary>
public sealed class CourseCompletion(AchievementDefinitions definitions, CredentialIssuer issuer, AccountDirectory accounts,
    PersonalNotices notices, SiteAddress site, TimeProvider time)
{
    public const string Framework = "กรอบตัวชี้วัดเมืองแห่งการเรียนรู้ประเทศไทย (Thailand Learning City indicators)";

    public static string SourceKey(int enrolmentId) => $"academy-enrolment:{enrolmentId}";

    /// <summary>
    /// The certificate's achievement for a course version, aligned to the indicators the version names; defined once, and
    /// before the step's transaction, so that the issue inside it finds the achievement.
    /// </summary>
    public Task<int> DefineAsync(CourseVersion version, CourseSnapshot snapshot, bool isDemo, CancellationToken ct)
    {
        var origin = site.Origin;
        var title = new BilingualText(snapshot.TitleTh, snapshot.TitleEn);
        return definitions.EnsureCertificateAsync(new CertificateDefinition(
            $"academy-course-version:{version.Id}",
            new BilingualText($"ใบรับรองการเรียนจบหลักสูตร {title.Th}", title.En is null ? null : $"Certificate of completion: {title.En}"),
            new BilingualText(string.IsNullOrEmpty(snapshot.SummaryTh) ? title.Th : snapshot.SummaryTh, snapshot.SummaryEn),
            new BilingualText($"เรียนครบทุกบทเรียนและผ่านแบบทดสอบของหลักสูตร ฉบับที่ {version.Number} ({snapshot.EstimatedHours:0.#} ชั่วโมง) ที่สถาบันเมืองแห่งการเรียนรู้",
                $"Completed every lesson and passed every quiz of version {version.Number} of the course ({snapshot.EstimatedHours:0.#} hours) at the Learning City Academy"),
            snapshot.Indicators.Select(code => new AlignmentTarget($"ตัวชี้วัด {code}", $"{origin}/assessment/method#indicator-{Uri.EscapeDataString(code)}",
                code, Framework, "ext:LearningCityIndicator")).ToList(),
            isDemo), ct);
    }

    /// <summary>Completes the enrolment when every lesson of its version is done; call inside the step's transaction, before its save.</summary>
    public async Task<bool> CompleteIfDoneAsync(Enrolment enrolment, CourseSnapshot snapshot, BilingualText courseTitle, int achievementId, CancellationToken ct)
    {
        if (enrolment.Status != EnrolmentStatus.Active || enrolment.UserId is not { } userId) return false;
        var done = enrolment.Progress.Select(p => p.LessonId).ToHashSet();
        if (!snapshot.AllLessons.All(l => done.Contains(l.Id))) return false;
        var subject = await accounts.SubjectAsync(userId, ct) ?? throw new InvalidOperationException("The learner's account is gone.");
        var issued = await issuer.IssueAsync(achievementId, CredentialRecipient.Person(userId, subject.Email, subject.DisplayName),
            SourceKey(enrolment.Id), null, ct);
        enrolment.Status = EnrolmentStatus.Completed;
        enrolment.CompletedAt = time.GetUtcNow().UtcDateTime;
        enrolment.Hours = snapshot.EstimatedHours;
        enrolment.CredentialId = issued.Id;
        var (title, body) = AcademyNotices.Completed(courseTitle, snapshot.EstimatedHours);
        await notices.NotifyAsync(userId, NoticeKind.CourseCompleted, title, body, issued.Url, ct);
        return true;
    }
}
