using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

/// <summary>
/// Demo badges (Seed:Demo) for the first demo activities, issued automatically on attendance and already issued to
/// the demo attendances; plus the national demo award achievement that the awards module issues to cities.
/// </summary>
internal sealed class DemoBadgeSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 58;

    public const string NationalAwardName = "เมืองแห่งการเรียนรู้ดีเด่น (ตัวอย่าง)";

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.Achievements.AnyAsync(a => a.IsDemo && a.CityId == null && a.OrganisationId == null && a.Name.Th == NationalAwardName, ct))
            db.Achievements.Add(new Achievement
            {
                Name = new BilingualText(NationalAwardName, "Outstanding Learning City (demo)"),
                Description = new BilingualText("รางวัลสำหรับเมืองที่ส่งเสริมการเรียนรู้ตลอดชีวิตของคนทุกวัยอย่างโดดเด่น", "An award for a city that stands out in lifelong learning for people of all ages"),
                Criteria = new BilingualText("ได้รับการตัดสินจากคณะกรรมการรางวัลเมืองแห่งการเรียนรู้ตามเกณฑ์ห้าด้าน", "Decided by the Learning City Award panel on the five criteria"),
                Type = AchievementType.Award, IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
            });
        await db.SaveChangesAsync(ct);

        var activities = await db.Activities.Include(a => a.Topics).Where(a => a.IsDemo && (a.CityId != null || a.OrganisationId != null))
            .OrderBy(a => a.Id).Take(2).ToListAsync(ct);
        var issuer = services.GetRequiredService<CredentialIssuer>();
        foreach (var activity in activities)
        {
            var name = $"เหรียญตราผู้เข้าร่วม {activity.Title.Th}";
            if (name.Length > 200) name = name[..200];
            var achievement = await db.Achievements.FirstOrDefaultAsync(a => a.IsDemo && a.Name.Th == name && a.CityId == activity.CityId && a.OrganisationId == activity.OrganisationId, ct);
            if (achievement is null)
            {
                achievement = new Achievement
                {
                    Name = new BilingualText(name, $"Participant badge: {activity.Title.En ?? activity.Title.Th}"),
                    Description = new BilingualText($"มอบให้ผู้ที่เข้าร่วมกิจกรรม “{activity.Title.Th}” และได้เรียนรู้ร่วมกับเพื่อนในชุมชน"),
                    Criteria = new BilingualText("เข้าร่วมกิจกรรมตามเวลาที่กำหนด และผู้จัดได้บันทึกการเข้าร่วมแล้ว", "Attended the activity, as recorded by the organizer"),
                    SkillTopicIds = activity.Topics.Select(t => t.TopicId).Order().ToList(),
                    CityId = activity.CityId, OrganisationId = activity.OrganisationId,
                    Type = AchievementType.Badge, IsDemo = true, CreatedBy = activity.CreatedBy, CreatedAt = now, UpdatedAt = now, Version = 1,
                };
                db.Achievements.Add(achievement);
                await db.SaveChangesAsync(ct);
            }
            activity.AutoAchievementId ??= achievement.Id;
            var attended = await db.Registrations.Where(r => r.ActivityId == activity.Id && r.AttendedAt != null && r.UserId != null).ToListAsync(ct);
            foreach (var r in attended)
            {
                var user = await db.Users.AsNoTracking().Where(u => u.Id == r.UserId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
                if (user is null) continue;
                await issuer.IssueAsync(achievement.Id, CredentialRecipient.Person(r.UserId!.Value, user.Email ?? "", user.DisplayName),
                    BadgeIssuing.SourceKey(r.Id, achievement.Id), null, ct);
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
