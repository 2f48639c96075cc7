using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Badges;
using LearningCity.Modules.Booster.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Public;

/// <summary>Issues the activity's automatic badge when a learner's attendance is marked, in the same unit of work.</summary>
public sealed class AutoBadgeOnAttendance(AppDbContext db, BadgeIssuing badges) : IAttendanceListener
{
    public async Task OnAttendedAsync(Activity activity, ActivitySession session, Registration registration, Guid markedBy, CancellationToken ct)
    {
        if (activity.AutoAchievementId is not { } achievementId) return;
        var achievement = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == achievementId, ct);
        if (achievement is null) return;
        await badges.IssueAsync(achievement, registration, markedBy, ct);
    }
}
