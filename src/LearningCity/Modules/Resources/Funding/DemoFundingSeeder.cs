using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>
/// First-run demo funding sources (Seed:Demo): some calls open and some closed relative to the day of seeding.
/// The programmes are illustrations, marked IsDemo, and their links point to example addresses.
/// </summary>
internal sealed class DemoFundingSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 45;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.FundingSources.AnyAsync(ct)) return;
        var cities = await db.Cities.Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => new { c.Id, c.ProvinceCode }).ToListAsync(ct);
        if (cities.Count == 0) return;
        int CityIn(string province) => (cities.FirstOrDefault(c => c.ProvinceCode == province) ?? cities[0]).Id;
        var today = ThaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        FundingSource Item(string funderTh, string funderEn, string programmeTh, string programmeEn, string descriptionTh, string descriptionEn,
            decimal? min, decimal? max, EligibleApplicant applicants, LocalGovernmentType[] types, int? opensInDays, int? closesInDays, string province) => new()
        {
            Funder = new BilingualText(funderTh, funderEn), Programme = new BilingualText(programmeTh, programmeEn),
            Description = new BilingualText(descriptionTh, descriptionEn), AmountMinBaht = min, AmountMaxBaht = max,
            EligibleApplicants = applicants, EligibleLocalGovernmentTypes = types.Select(t => (int)t).ToList(),
            OpensOn = opensInDays is { } o ? today.AddDays(o) : null, ClosesOn = closesInDays is { } c ? today.AddDays(c) : null,
            LinkUrl = "https://funding.example.org/" + programmeEn.ToLowerInvariant().Replace(' ', '-'),
            CityId = CityIn(province), Status = PublicationStatus.Published, IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.FundingSources.AddRange(
            Item("กองทุนสนับสนุนการสร้างเสริมสุขภาพ (ตัวอย่าง)", "Health Promotion Fund (demo)", "ทุนชุมชนเรียนรู้สุขภาวะ", "Healthy Learning Communities Grant",
                "ทุนสำหรับโครงการเรียนรู้ด้านสุขภาพที่ชุมชนและท้องถิ่นทำร่วมกัน", "Grants for health learning projects run by communities with their local government",
                50_000, 300_000, EligibleApplicant.LocalGovernments | EligibleApplicant.CommunityGroups | EligibleApplicant.Ngos, [], -30, 45, "TH-10"),
            Item("กองทุนพัฒนาจังหวัดเชียงใหม่ (ตัวอย่าง)", "Chiang Mai Provincial Development Fund (demo)", "ทุนพื้นที่เรียนรู้สร้างสรรค์ล้านนา", "Lanna Creative Learning Spaces",
                "ทุนปรับปรุงพื้นที่สาธารณะให้เป็นพื้นที่เรียนรู้ด้านศิลปวัฒนธรรม", "Funds to turn public places into arts and culture learning spaces",
                100_000, 1_000_000, EligibleApplicant.LocalGovernments, [LocalGovernmentType.CityMunicipality, LocalGovernmentType.TownMunicipality, LocalGovernmentType.SubdistrictMunicipality], -10, 20, "TH-50"),
            Item("กองทุนเพื่อความเสมอภาคทางการศึกษา (ตัวอย่าง)", "Equitable Education Fund (demo)", "ทุนการเรียนรู้ตลอดชีวิตนอกระบบ", "Lifelong Learning Beyond School",
                "ทุนสำหรับกิจกรรมเรียนรู้ของเยาวชนนอกระบบและผู้ใหญ่ที่ต้องการพัฒนาทักษะ", "Grants for learning activities of out-of-school youth and adults building skills",
                20_000, 150_000, EligibleApplicant.Schools | EligibleApplicant.Ngos | EligibleApplicant.CommunityGroups, [], -60, 90, "TH-40"),
            Item("สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (ตัวอย่าง)", "Digital Economy Promotion Agency (demo)", "ทุนศูนย์ดิจิทัลชุมชน", "Community Digital Hubs",
                "ทุนจัดตั้งศูนย์ฝึกทักษะดิจิทัลในชุมชน", "Funds to set up digital skills centres in communities",
                200_000, 500_000, EligibleApplicant.LocalGovernments, [LocalGovernmentType.SubdistrictAdministrativeOrganisation, LocalGovernmentType.SubdistrictMunicipality], -120, -30, "TH-45"),
            Item("มูลนิธิการอ่านเพื่อชุมชน (ตัวอย่าง)", "Community Reading Foundation (demo)", "ทุนห้องสมุดมีชีวิต", "Living Libraries",
                "ทุนขนาดเล็กสำหรับกิจกรรมส่งเสริมการอ่านในห้องสมุดและบ้านหนังสือชุมชน", "Small grants for reading activities in libraries and community book houses",
                null, 50_000, EligibleApplicant.CommunityGroups | EligibleApplicant.Individuals | EligibleApplicant.Schools, [], -90, -5, "TH-65"),
            Item("กองทุนพัฒนาเมืองชายแดนใต้ (ตัวอย่าง)", "Southern Border Cities Fund (demo)", "ทุนเมืองแห่งการเรียนรู้พหุวัฒนธรรม", "Multicultural Learning Cities",
                "ทุนสำหรับเมืองที่ส่งเสริมการเรียนรู้ข้ามวัฒนธรรมและภาษา", "Grants for cities promoting learning across cultures and languages",
                300_000, 2_000_000, EligibleApplicant.LocalGovernments | EligibleApplicant.Ngos, [], null, null, "TH-95"));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // The ids exist only after the insert; the search change log joins the same transaction.
        foreach (var id in db.ChangeTracker.Entries<FundingSource>().Select(e => e.Entity.Id).ToList())
            SearchChanges.Record(db, "funding", id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
