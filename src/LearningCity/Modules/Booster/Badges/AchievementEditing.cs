using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>
/// Organizers define achievements for their city or organisation; national ones (no publisher) are the admin's.
/// Saves with audit and optimistic concurrency (Version).
/// </summary>
public sealed class AchievementEditing(AppDbContext db, PublisherAccess access, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<bool> MayManageAsync(ClaimsPrincipal user, int? cityId, int? organisationId, CancellationToken ct) =>
        CityAccess.IsAdmin(user) || await access.CanPublishForAsync(user, cityId, organisationId, ct);

    public async Task<Dictionary<string, string[]>> ValidateAsync(AchievementInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = Common.Api.RequestValidation.Validate(input, l);
        if (input.CityId is not null && input.OrganisationId is not null || (input.CityId is null && input.OrganisationId is null && !CityAccess.IsAdmin(user)))
            errors["cityId"] = [l["Badges.Error.Publisher"]];
        var topics = (input.SkillTopicIds ?? []).Distinct().ToList();
        if (topics.Count > 0 && await db.Topics.CountAsync(t => topics.Contains(t.Id), ct) != topics.Count)
            errors["skillTopicIds"] = [l["Badges.Error.UnknownTopic"]];
        return errors;
    }

    public async Task<Achievement> CreateAsync(AchievementInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var a = new Achievement
        {
            CityId = input.CityId, OrganisationId = input.OrganisationId, Type = AchievementType.Badge,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        input.ApplyTo(a);
        db.Set<Achievement>().Add(a);
        await db.SaveChangesAsync(ct);
        audit.Record("credentials.achievement.create", "achievement", a.Id, null, AchievementDto.Of(a), user);
        await db.SaveChangesAsync(ct);
        return a;
    }

    /// <summary>False when someone else saved first (the version read is stale).</summary>
    public async Task<bool> UpdateAsync(Achievement a, AchievementInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (input.Version != a.Version) return false;
        var before = AchievementDto.Of(a);
        input.ApplyTo(a);
        a.UpdatedAt = time.GetUtcNow().UtcDateTime;
        a.Version++;
        audit.Record("credentials.achievement.update", "achievement", a.Id, before, AchievementDto.Of(a), user);
        try { await db.SaveChangesAsync(ct); return true; }
        catch (DbUpdateConcurrencyException) { return false; }
    }

    /// <summary>Sets or clears the achievement an activity issues automatically on attendance; same publisher only.</summary>
    public async Task<bool> LinkActivityAsync(Achievement a, int activityId, bool link, ClaimsPrincipal user, CancellationToken ct)
    {
        var activity = await db.Set<Activity>().FirstOrDefaultAsync(x => x.Id == activityId, ct);
        if (activity is null || activity.CityId != a.CityId || activity.OrganisationId != a.OrganisationId) return false;
        if (!await access.CanPublishForAsync(user, activity.CityId, activity.OrganisationId, ct)) return false;
        if (!link && activity.AutoAchievementId != a.Id) return true;
        activity.AutoAchievementId = link ? a.Id : null;
        audit.Record("booster.activity.auto-achievement", "activity", activity.Id, null, new { achievementId = activity.AutoAchievementId }, user);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
