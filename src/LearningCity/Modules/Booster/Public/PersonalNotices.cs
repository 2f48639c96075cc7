using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Notifications;

namespace LearningCity.Modules.Booster.Public;

/// <summary>What another module may tell a person about; each is a kind in the person's notification preferences.</summary>
public enum NoticeKind
{
    CourseEnrolment = NotificationKind.CourseEnrolment,
    CourseCompleted = NotificationKind.CourseCompleted,
    CohortSession = NotificationKind.CohortSession,
    ForumReply = NotificationKind.ForumReply,
    ForumMention = NotificationKind.ForumMention,
    ForumAnswerAccepted = NotificationKind.ForumAnswerAccepted,
    ForumModeration = NotificationKind.ForumModeration,
    MentoringRequest = NotificationKind.MentoringRequest,
    MentoringUpdate = NotificationKind.MentoringUpdate,
}

/// <summary>
/// Tells a person something, in the app and by e-mail as their preferences say: the notification centre for every
/// module. Rows join the caller's unit of work, so nothing is sent unless the caller's save commits.
/// </summary>
public sealed class PersonalNotices(LearnerNotifier notifier)
{
    public Task NotifyAsync(Guid userId, NoticeKind kind, BilingualText title, BilingualText body, string? link, CancellationToken ct, bool email = true) =>
        notifier.NotifyAsync(userId, (NotificationKind)kind, title, body, link, ct, email);
}
