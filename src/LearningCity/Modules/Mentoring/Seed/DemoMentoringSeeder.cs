using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Seed;

/// <summary>
/// First-run demo mentoring (Seed:Demo), after the demo cities, accounts and validated assessments: Khon Kaen, Bangkok and
/// Phitsanulok agree to mentor; Khon Kaen mentors Yala on Yala's weakest indicators (active, one meeting); the demo
/// Chiang Mai coordinator has asked Bangkok to mentor Chiang Mai (proposed). The active pair's private forum space is open. Runs only while mentoring holds nothing.
/// </summary>
internal sealed class DemoMentoringSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    // After the Forum's demo categories (75): the active pair's private forum space opens here.
    public int Order => 80;

    private static readonly string[] Willing = ["TH-40", "TH-10", "TH-65"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.MentoringPairs.AnyAsync(ct) || await db.MentorWillingness.AnyAsync(ct)) return;
        var demo = await services.GetRequiredService<CityLookup>().DemoCitiesAsync(ct);
        int? City(string province) => demo.FirstOrDefault(c => c.ProvinceCode == province)?.Id;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in Willing.Select(City).OfType<int>())
            db.MentorWillingness.Add(new MentorWillingness { CityId = id, Willing = true, UpdatedAt = now });
        await db.SaveChangesAsync(ct);

        var scores = services.GetRequiredService<IndicatorScores>();
        MentoringPair? active = null;
        if (City("TH-40") is { } khonKaen && City("TH-95") is { } yala)
        {
            var pair = Pair(khonKaen, yala, PairSide.Mentee, await WeakestAsync(scores, yala, ct), PairStatus.Active, now,
                "ยกระดับการมีส่วนร่วมของชุมชนและการเรียนรู้ของผู้สูงอายุ โดยแลกเปลี่ยนประสบการณ์จากศูนย์การเรียนรู้ชุมชนของขอนแก่น (ข้อมูลตัวอย่าง)");
            pair.Meetings.Add(new MentoringMeeting
            {
                Date = ThaiTime.Today(time).AddDays(-14), RecordedAt = now, RecordedBy = Guid.Empty,
                Notes = "ประชุมออนไลน์ครั้งแรก: ทีมขอนแก่นเล่าการจัดตั้งศูนย์การเรียนรู้ชุมชน ทีมยะลาจะสำรวจพื้นที่เรียนรู้ในเขตเทศบาลก่อนการประชุมครั้งหน้า (ข้อมูลตัวอย่าง)",
            });
            db.MentoringPairs.Add(pair);
            active = pair;
        }
        if (City("TH-10") is { } bangkok && City("TH-50") is { } chiangMai)
        {
            var pair = Pair(bangkok, chiangMai, PairSide.Mentee, await WeakestAsync(scores, chiangMai, ct), PairStatus.Proposed, now,
                "เรียนรู้การออกแบบนโยบายเมืองแห่งการเรียนรู้และการติดตามผลจากกรุงเทพมหานคร (ข้อมูลตัวอย่าง)");
            var accounts = services.GetRequiredService<AccountDirectory>();
            if (await accounts.IdByEmailAsync("coordinator.chiangmai@demo.learningcity.local", ct) is { } coordinator)
            {
                pair.RequestedBy = coordinator;
                pair.People.Add(new MentoringPerson { UserId = coordinator, Side = PairSide.Mentee, AddedAt = now });
            }
            db.MentoringPairs.Add(pair);
        }
        await db.SaveChangesAsync(ct);
        if (active is not null) await services.GetRequiredService<Pairs.PairForumSpace>().OpenAsync(active, ct);
    }

    private static async Task<List<string>> WeakestAsync(IndicatorScores scores, int cityId, CancellationToken ct) =>
        (await scores.LatestValidatedAsync([cityId], ct)).OrderBy(s => s.Score).ThenBy(s => s.Code, StringComparer.Ordinal).Take(2).Select(s => s.Code).ToList();

    private static MentoringPair Pair(int mentor, int mentee, PairSide asking, List<string> indicators, PairStatus status, DateTime now, string goals) => new()
    {
        MentorCityId = mentor, MenteeCityId = mentee, RequestedBySide = asking, Indicators = indicators.Count > 0 ? indicators : ["A1.1"],
        Goals = new BilingualText(goals), Status = status, IsDemo = true, RequestedAt = now.AddDays(-30), UpdatedAt = now, Version = 1,
        RespondedAt = status == PairStatus.Active ? now.AddDays(-28) : null,
    };
}
