using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Seed;

/// <summary>
/// First-run demo content (Seed:Demo, on by default): a handful of learning cities, every one marked
/// IsDemo and labelled "ข้อมูลตัวอย่าง" on its page. Runs only while there are no cities at all.
/// </summary>
internal sealed class DemoCitySeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Cities.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var cities = DemoCities.All;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var city in cities)
        {
            city.IsDemo = true;
            city.Status = CityStatus.Approved;
            city.CreatedAt = city.UpdatedAt = now;
            db.Cities.Add(city);
        }
        await db.SaveChangesAsync(ct);
        foreach (var city in cities) SearchChanges.Record(db, "city", city.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}

internal static class DemoCities
{
    public static City[] All =>
    [
        new()
        {
            Name = new("เทศบาลนครเชียงใหม่", "Chiang Mai City Municipality"),
            LocalGovernmentType = LocalGovernmentType.CityMunicipality, ProvinceCode = "TH-50",
            Population = 127_000, AreaKm2 = 40.2m, LeaderName = "นายกเทศมนตรี (ตัวอย่าง)", LeaderTitle = "นายกเทศมนตรีนครเชียงใหม่",
            CoordinatorName = "ฝ่ายการศึกษา (ตัวอย่าง)", CoordinatorEmail = "learning@chiangmai.example",
            Vision = new("เมืองมรดกที่ทุกวัยเรียนรู้จากวัฒนธรรมล้านนาและความคิดสร้างสรรค์", "A heritage city where every generation learns from Lanna culture and creativity"),
            Background = new("เมืองเก่าที่มีวัด พิพิธภัณฑ์ และชุมชนช่างฝีมือเป็นพื้นที่การเรียนรู้ตลอดชีวิต", "An old city whose temples, museums and craft communities are places of lifelong learning"),
            Challenges = new("ผู้สูงอายุเพิ่มขึ้นและช่องว่างทักษะดิจิทัล"), Opportunities = new("เครือข่ายมหาวิทยาลัยและเมืองสร้างสรรค์"),
            Website = "https://www.cmcity.go.th", JoinedNetworkYear = 2022, UnescoGnlcMemberSince = 2022,
        },
        new()
        {
            Name = new("เทศบาลนครพิษณุโลก", "Phitsanulok City Municipality"),
            LocalGovernmentType = LocalGovernmentType.CityMunicipality, ProvinceCode = "TH-65",
            Population = 64_000, AreaKm2 = 18.3m, CoordinatorName = "กองการศึกษา (ตัวอย่าง)",
            Vision = new("เมืองแห่งการเรียนรู้ที่เด็กและผู้ใหญ่เรียนรู้ร่วมกัน", "A learning city where children and adults learn together"),
            JoinedNetworkYear = 2020, UnescoGnlcMemberSince = 2020,
        },
        new()
        {
            Name = new("เทศบาลนครขอนแก่น", "Khon Kaen City Municipality"),
            LocalGovernmentType = LocalGovernmentType.CityMunicipality, ProvinceCode = "TH-40",
            Population = 110_000, AreaKm2 = 46m,
            Vision = new("เมืองอัจฉริยะที่เรียนรู้ได้ทุกที่ทุกเวลา", "A smart city where learning happens anywhere, any time"),
            JoinedNetworkYear = 2021,
        },
        new()
        {
            Name = new("เทศบาลเมืองฉะเชิงเทรา", "Chachoengsao Town Municipality"),
            LocalGovernmentType = LocalGovernmentType.TownMunicipality, ProvinceCode = "TH-24",
            Population = 38_000, AreaKm2 = 12.4m,
            Vision = new("เมืองริมน้ำบางปะกงที่เรียนรู้จากวิถีชุมชน", "A Bang Pakong riverside town that learns from community life"),
            JoinedNetworkYear = 2023,
        },
        new()
        {
            Name = new("เทศบาลนครยะลา", "Yala City Municipality"),
            LocalGovernmentType = LocalGovernmentType.CityMunicipality, ProvinceCode = "TH-95",
            Population = 60_000, AreaKm2 = 19.4m,
            Vision = new("เมืองแห่งความหลากหลายทางวัฒนธรรมที่เรียนรู้อยู่ร่วมกัน", "A city of many cultures learning to live together"),
            JoinedNetworkYear = 2021,
        },
        new()
        {
            Name = new("กรุงเทพมหานคร", "Bangkok Metropolitan Administration"),
            LocalGovernmentType = LocalGovernmentType.BangkokMetropolitanAdministration, ProvinceCode = "TH-10",
            Population = 5_470_000, AreaKm2 = 1568.7m,
            Vision = new("มหานครที่ห้องสมุด สวน และพิพิธภัณฑ์เป็นห้องเรียนของทุกคน", "A metropolis whose libraries, parks and museums are everyone's classroom"),
            JoinedNetworkYear = 2024,
        },
        new()
        {
            Name = new("เมืองพัทยา", "Pattaya City"),
            LocalGovernmentType = LocalGovernmentType.PattayaCity, ProvinceCode = "TH-20",
            Population = 120_000, AreaKm2 = 208.1m,
            Vision = new("เมืองท่องเที่ยวที่เรียนรู้ภาษาและทักษะบริการตลอดชีวิต", "A tourism city learning languages and service skills for life"),
            JoinedNetworkYear = 2024,
        },
        new()
        {
            Name = new("องค์การบริหารส่วนตำบลหนองแวง (ตัวอย่าง)", "Nong Waeng Subdistrict Administrative Organisation (demo)"),
            LocalGovernmentType = LocalGovernmentType.SubdistrictAdministrativeOrganisation, ProvinceCode = "TH-45",
            Population = 7_800, AreaKm2 = 54m,
            Vision = new("ชุมชนเกษตรที่ใช้ความรู้ท้องถิ่นสร้างอาชีพใหม่", "A farming community turning local knowledge into new livelihoods"),
            JoinedNetworkYear = 2025,
        },
    ];
}
