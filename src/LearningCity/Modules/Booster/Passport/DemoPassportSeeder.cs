using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Seed;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>Demo (Seed:Demo): the demo learner's passport is public and holds one self-declared entry beside the seeded attendance.</summary>
internal sealed class DemoPassportSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 56;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        var email = $"learner@{DemoAccountSeeder.Domain}";
        var learnerId = await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (learnerId is not { } userId || await db.SelfDeclaredLearning.AnyAsync(d => d.UserId == userId, ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => t.Id).Take(1).ToListAsync(ct);
        db.SelfDeclaredLearning.Add(new SelfDeclaredLearning
        {
            UserId = userId, Title = "คอร์สออนไลน์การใช้สเปรดชีตเพื่อทำบัญชีครัวเรือน (ตัวอย่าง)",
            Description = "เรียนด้วยตนเองผ่านคอร์สออนไลน์ 4 บท ฝึกทำบัญชีรายรับรายจ่ายของครอบครัว",
            CompletedOn = DateOnly.FromDateTime(now.AddHours(7)).AddDays(-40), Hours = 6, TopicIds = topics, CreatedAt = now,
        });
        var profile = await db.LearnerProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
            db.LearnerProfiles.Add(profile = new LearnerProfile { UserId = userId, PublicSlug = "demo-learner" });
        profile.PassportIsPublic = true;
        profile.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
