using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>Thai titles of the demo activities, for tests and the demo tour.</summary>
public static class DemoActivities
{
    public const string FishWorkshop = "เวิร์กช็อปการแปรรูปปลาน้ำจืด";
    public const string SmartphoneForElders = "ใช้สมาร์ตโฟนอย่างปลอดภัยสำหรับผู้สูงอายุ";
    public const string StoryTime = "นิทานก่อนนอนกับครอบครัว";
    public const string LannaWeaving = "ทอผ้าลายล้านนากับปราชญ์ชาวบ้าน";
    public const string CityBirdWalk = "เดินดูนกในสวนเมือง";
    public const string CodingForKids = "เขียนโค้ดสร้างเกมสำหรับเด็ก";
    public const string OrganicCompost = "ทำปุ๋ยหมักจากเศษอาหารในครัวเรือน";
    public const string EnglishForVendors = "ภาษาอังกฤษสำหรับพ่อค้าแม่ค้าตลาดน้ำ";
}

/// <summary>
/// Demo activities (Seed:Demo) of the demo cities, with sessions relative to now: one tomorrow, a small one,
/// and some already over, whose attendance the registration seeder (Order 55) fills in. Runs while there are none.
/// </summary>
internal sealed class DemoActivitySeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 50;

    private sealed record Demo(string Province, string TitleTh, string TitleEn, string DescriptionTh, ActivityKind Kind, AgeGroup Ages,
        string[] Topics, string? Space, (int Day, int Hour, int Hours, int Capacity)[] Sessions, decimal? Fee = null, ActivityMode Mode = ActivityMode.OnSite);

    private static readonly Demo[] All =
    [
        new("TH-65", DemoActivities.FishWorkshop, "Freshwater fish processing workshop",
            "เรียนรู้การทำปลาส้ม ปลาร้าบอง และปลาแดดเดียวจากปลาน้ำจืดแม่น้ำน่าน พร้อมหลักความสะอาดและการตั้งราคาขาย",
            ActivityKind.SkillWorkshop, AgeGroup.WorkingAge | AgeGroup.OlderPersons, ["livelihoods"], "ศูนย์การเรียนรู้ชุมชนริมน่าน",
            [(1, 9, 3, 20), (8, 9, 3, 20), (-10, 9, 3, 20)]),
        new("TH-50", DemoActivities.SmartphoneForElders, "Safe smartphone use for older people",
            "ฝึกใช้ LINE วิดีโอคอล และการสังเกตข้อความหลอกลวง โดยมีอาสาสมัครดูแลแบบตัวต่อตัว",
            ActivityKind.SkillWorkshop, AgeGroup.OlderPersons, ["digital-skills", "ageing"], "ห้องสมุดประชาชนเทศบาลนครเชียงใหม่",
            [(3, 13, 2, 4), (-14, 13, 2, 15)]),
        new("TH-50", DemoActivities.StoryTime, "Bedtime stories with the family",
            "พ่อแม่และลูกเล็กอ่านนิทานด้วยกัน พร้อมเทคนิคการเล่านิทานที่ช่วยพัฒนาภาษาของเด็ก",
            ActivityKind.CommunityInitiative, AgeGroup.EarlyChildhood | AgeGroup.WorkingAge, ["early-childhood", "literacy"], "ห้องสมุดประชาชนเทศบาลนครเชียงใหม่",
            [(5, 18, 1, 30), (12, 18, 1, 30)]),
        new("TH-50", DemoActivities.LannaWeaving, "Lanna weaving with a local master",
            "ทดลองทอผ้าลายน้ำไหลและเรียนรู้ความหมายของลวดลายล้านนาจากปราชญ์ชาวบ้าน",
            ActivityKind.SkillWorkshop, AgeGroup.Youth | AgeGroup.WorkingAge | AgeGroup.OlderPersons, ["culture-heritage"], "หอศิลปวัฒนธรรมเมืองเชียงใหม่",
            [(6, 9, 6, 12), (-20, 9, 6, 12)], Fee: 150),
        new("TH-50", DemoActivities.CityBirdWalk, "Bird walk in the city park",
            "เดินสำรวจนกและต้นไม้ในสวนหนองบวกหาดกับนักธรรมชาติวิทยา เหมาะกับทุกวัย",
            ActivityKind.CommunityInitiative, AgeGroup.Children | AgeGroup.Youth | AgeGroup.WorkingAge | AgeGroup.OlderPersons, ["environment"], "สวนสาธารณะหนองบวกหาด",
            [(2, 6, 2, 25), (-7, 6, 2, 25)]),
        new("TH-40", DemoActivities.CodingForKids, "Coding games for kids",
            "สร้างเกมง่าย ๆ ด้วยบล็อกคำสั่ง ฝึกคิดเป็นขั้นตอนและทำงานเป็นทีม",
            ActivityKind.SkillWorkshop, AgeGroup.Children, ["digital-skills", "science-technology"], "ศูนย์ดิจิทัลชุมชนบึงแก่นนคร",
            [(4, 9, 3, 20), (11, 9, 3, 20)]),
        new("TH-10", DemoActivities.OrganicCompost, "Household compost from food waste",
            "ลดขยะอาหารด้วยการทำปุ๋ยหมักในถังเล็กที่บ้าน เรียนออนไลน์ได้จากทุกที่",
            ActivityKind.LearningPromotionProject, AgeGroup.Youth | AgeGroup.WorkingAge | AgeGroup.OlderPersons, ["environment"], null,
            [(7, 19, 1, 100)], Mode: ActivityMode.Online),
        new("TH-24", DemoActivities.EnglishForVendors, "English for floating-market vendors",
            "ประโยคภาษาอังกฤษที่ใช้ค้าขายกับนักท่องเที่ยว ฝึกพูดจากสถานการณ์จริงในตลาด",
            ActivityKind.SkillWorkshop, AgeGroup.WorkingAge, ["languages", "livelihoods"], "ตลาดบ้านใหม่ริมน้ำ ร้อยปี",
            [(9, 14, 2, 30)], Fee: 50),
    ];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Activities.AnyAsync(a => a.IsDemo, ct)) return;
        var cities = await db.Cities.Where(c => c.IsDemo).Select(c => new { c.Id, c.ProvinceCode }).ToListAsync(ct);
        var spaces = await db.LearningSpaces.Where(s => s.IsDemo && s.Status == PublicationStatus.Published)
            .Select(s => new { s.Id, Name = s.Name.Th, s.ProvinceCode, s.Latitude, s.Longitude }).ToListAsync(ct);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Slug, t => t.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(ThaiTime.Of(now));
        foreach (var d in All)
        {
            if (cities.FirstOrDefault(c => c.ProvinceCode == d.Province) is not { } city) continue;
            var space = spaces.FirstOrDefault(s => s.Name == d.Space);
            var activity = new Activity
            {
                Title = new BilingualText(d.TitleTh, d.TitleEn), Description = new BilingualText(d.DescriptionTh), Kind = d.Kind,
                AgeGroups = d.Ages, Mode = d.Mode, LearningSpaceId = space?.Id,
                OnlineUrl = d.Mode == ActivityMode.OnSite ? null : "https://meet.example.org/learning-city-demo",
                ProvinceCode = space?.ProvinceCode ?? d.Province, Latitude = space?.Latitude, Longitude = space?.Longitude,
                IsFree = d.Fee is null, FeeBaht = d.Fee, Language = "th", CityId = city.Id, Status = PublicationStatus.Published,
                IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
                ContactName = "ฝ่ายการศึกษา เทศบาล (ตัวอย่าง)", ContactEmail = "learning@demo.learningcity.local",
                Topics = d.Topics.Where(topics.ContainsKey).Select(t => new ActivityTopic { TopicId = topics[t] }).ToList(),
                Sessions = d.Sessions.Select(s =>
                {
                    var starts = ThaiTime.StartOfDayUtc(today.AddDays(s.Day)).AddHours(s.Hour);
                    return new ActivitySession { StartsAt = starts, EndsAt = starts.AddHours(s.Hours), Capacity = s.Capacity };
                }).ToList(),
            };
            db.Activities.Add(activity);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var id in db.ChangeTracker.Entries<Activity>().Select(e => e.Entity.Id).ToList())
            SearchChanges.Record(db, ActivitySearch.TypeName, id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
