using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

public enum AchievementSave { Saved, Conflict, InUse }

/// <summary>
/// Organizers define the achievements of their city or organisation. Who may edit one is who may publish for its
/// city or organisation (PublisherAccess); a national achievement (neither) only an admin. Audited.
/// </summary>
public sealed class AchievementEditing(AppDbContext db, PublisherAccess publishers, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<bool> MayEditAsync(ClaimsPrincipal user, Achievement a, CancellationToken ct) =>
        a.CityId is null && a.OrganisationId is null
            ? user.Identity?.IsAuthenticated == true && CityAccess.IsAdmin(user)
            : await publishers.CanPublishForAsync(user, a.CityId, a.OrganisationId, ct);

    /// <summary>Checks across fields and against the database; field name → messages.</summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(AchievementInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var topics = input.SkillTopicIds ?? [];
        if (topics.Count > 20) errors["skillTopicIds"] = [l["Badges.Validation.TooManySkills"].Value];
        else if (topics.Count > 0 && await db.Topics.CountAsync(t => topics.Contains(t.Id), ct) != topics.Distinct().Count())
            errors["skillTopicIds"] = [l["Badges.Validation.UnknownSkill"].Value];
        if (input.CityId is null == input.OrganisationId is null) errors["publisher"] = [l["Badges.Validation.Publisher"].Value];
        return errors;
    }

    public Task<bool> MayPublishAsAsync(ClaimsPrincipal user, AchievementInput input, CancellationToken ct) =>
        publishers.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct);

    public async Task<Achievement> CreateAsync(AchievementInput input, string? imageFile, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var a = new Achievement { Type = AchievementType.Badge, ImageFile = imageFile, CreatedBy = CityAccess.UserId(user)!.Value, CreatedAt = now, UpdatedAt = now, Version = 1 };
        input.ApplyTo(a);
        db.Achievements.Add(a);
        await db.SaveChangesAsync(ct);
        audit.Record("credentials.achievement.create", "achievement", a.Id, null, Snapshot(a), user);
        await db.SaveChangesAsync(ct);
        return a;
    }

    public async Task<AchievementSave> UpdateAsync(Achievement a, uint readVersion, AchievementInput input, string? newImage, ClaimsPrincipal user, CancellationToken ct)
    {
        var before = Snapshot(a);
        input.ApplyTo(a);
        if (newImage is not null) a.ImageFile = newImage;
        a.UpdatedAt = time.GetUtcNow().UtcDateTime;
        db.Entry(a).Property(x => x.Version).OriginalValue = readVersion;
        a.Version = readVersion + 1;
        audit.Record("credentials.achievement.update", "achievement", a.Id, before, Snapshot(a), user);
        return await SaveAsync(ct);
    }

    /// <summary>Only an achievement nobody holds can be deleted; issued ones are revoked one by one instead.</summary>
    public async Task<AchievementSave> DeleteAsync(Achievement a, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.IssuedCredentials.AnyAsync(c => c.AchievementId == a.Id, ct)) return AchievementSave.InUse;
        await db.Activities.Where(x => x.AutoAchievementId == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AutoAchievementId, (int?)null), ct);
        db.Achievements.Remove(a);
        audit.Record("credentials.achievement.delete", "achievement", a.Id, Snapshot(a), null, user);
        return await SaveAsync(ct);
    }

    private async Task<AchievementSave> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return AchievementSave.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AchievementSave.Conflict;
        }
    }

    private static object Snapshot(Achievement a) => new { Name = a.Name.Th, a.CityId, a.OrganisationId, a.SkillTopicIds, a.ValidForDays, a.ImageFile };
}
