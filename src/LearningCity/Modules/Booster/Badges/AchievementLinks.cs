using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>Which of the publisher's activities issue an achievement automatically on attendance.</summary>
internal static class AchievementLinks
{
    public static async Task SetAsync(AppDbContext db, AuditLog audit, Activity activity, int achievementId, bool enabled, CancellationToken ct)
    {
        var before = activity.AutoAchievementId;
        if (enabled) activity.AutoAchievementId = achievementId;
        else if (activity.AutoAchievementId == achievementId) activity.AutoAchievementId = null;
        audit.Record("booster.activity.auto-badge", "activity", activity.Id, new { AutoAchievementId = before }, new { activity.AutoAchievementId });
        await db.SaveChangesAsync(ct);
    }

    public static Task<List<Activity>> ActivitiesOfAsync(AppDbContext db, Achievement a, CancellationToken ct) =>
        db.Activities.AsNoTracking().Where(x => x.CityId == a.CityId && x.OrganisationId == a.OrganisationId)
            .OrderByDescending(x => x.CreatedAt).Take(200).ToListAsync(ct);
}

/// <summary>The achievements a user may manage.</summary>
public sealed class AchievementList(AppDbContext db, PublisherAccess publishers)
{
    public async Task<List<Achievement>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var mine = await publishers.PublishersForAsync(user, ct);
        var cities = mine.Where(p => p.CityId is not null).Select(p => p.CityId!.Value).ToList();
        var orgs = mine.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value).ToList();
        return await db.Achievements.AsNoTracking()
            .Where(a => (a.CityId != null && cities.Contains(a.CityId.Value)) || (a.OrganisationId != null && orgs.Contains(a.OrganisationId.Value)))
            .OrderByDescending(a => a.UpdatedAt).Take(500).ToListAsync(ct);
    }
}
