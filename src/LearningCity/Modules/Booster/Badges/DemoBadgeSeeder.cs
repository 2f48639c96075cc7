using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Identity.Seed;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>
/// Demo (Seed:Demo): a Thai badge for up to two demo activities, issued automatically on attendance and already
/// issued for their attended demo registrations; plus a national award achievement that is not issued.
/// </summary>
internal sealed class DemoBadgeSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 58;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Set<Achievement>().AnyAsync(a => a.IsDemo, ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var admin = await db.Users.Where(u => u.Email == $"admin@{DemoAccountSeeder.Domain}").Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct) ?? Guid.Empty;
        db.Set<Achievement>().Add(new Achievement
        {
            Name = new("เมืองแห่งการเรียนรู้ดีเด่น (ตัวอย่าง)", "Outstanding Learning City (demo)"),
            Description = new("รางวัลระดับชาติสำหรับเมืองที่ส่งเสริมการเรียนรู้ตลอดชีวิตของประชาชนทุกช่วงวัยอย่างโดดเด่น", "A national award for a city that stands out in lifelong learning for people of every age"),
            Criteria = new("ได้รับการคัดเลือกจากคณะกรรมการตัดสินรางวัลเมืองแห่งการเรียนรู้", "Selected by the Learning City Awards jury"),
            Type = AchievementType.Award, IsDemo = true, CreatedBy = admin, CreatedAt = now, UpdatedAt = now, Version = 1,
        });
        var activities = await db.Activities.Where(a => a.IsDemo && a.CityId != null || a.IsDemo && a.OrganisationId != null)
            .OrderBy(a => a.Id).Take(2).ToListAsync(ct);
        var badges = new List<(Achievement Badge, int ActivityId)>();
        foreach (var activity in activities)
        {
            var badge = new Achievement
            {
                Name = new($"ผู้เรียนรู้: {activity.Title.Th}", $"Learner: {activity.Title.En ?? activity.Title.Th}"),
                Description = new($"มอบให้ผู้ที่เข้าร่วมกิจกรรม \"{activity.Title.Th}\" ครบตามกำหนด"),
                Criteria = new("เข้าร่วมกิจกรรมและได้รับการยืนยันการเข้าร่วมจากผู้จัด", "Attended the activity, confirmed by the organizer"),
                SkillTopicIds = await db.Set<Data.ActivityTopic>().Where(t => t.ActivityId == activity.Id).Select(t => t.TopicId).ToListAsync(ct),
                CityId = activity.CityId, OrganisationId = activity.OrganisationId, IsDemo = true, CreatedBy = activity.CreatedBy,
                CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            db.Set<Achievement>().Add(badge);
            badges.Add((badge, activity.Id));
        }
        await db.SaveChangesAsync(ct);
        var awarding = services.GetRequiredService<BadgeAwarding>();
        foreach (var (badge, activityId) in badges)
        {
            var activity = activities.First(a => a.Id == activityId);
            activity.AutoAchievementId = badge.Id;
            foreach (var registration in await db.Registrations.Where(r => r.ActivityId == activityId && r.AttendedAt != null).ToListAsync(ct))
                await awarding.AwardAsync(badge.Id, registration, registration.AttendanceMarkedBy, ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
