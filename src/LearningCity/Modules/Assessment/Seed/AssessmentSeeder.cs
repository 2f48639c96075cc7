using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Scores;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Seed;

/// <summary>
/// The default framework (always, while there is none), and with Seed:Demo two demo cycles: last year's with every
/// demo city validated, and this year's with some validated, one submitted for review and the demo coordinator's
/// city (Chiang Mai) in draft.
/// </summary>
internal sealed class AssessmentSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.IndicatorFrameworks.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var framework = DefaultFramework.Build(now);
        db.IndicatorFrameworks.Add(framework);
        await db.SaveChangesAsync(ct);
        if (!config.GetValue("Seed:Demo", true)) return;

        var cities = await db.Cities.AsNoTracking().Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => new { c.Id, c.ProvinceCode }).ToListAsync(ct);
        if (cities.Count == 0) return;
        var today = ThaiTime.Today(time);
        var thisYear = today.Year + 543;
        var previous = Cycle(framework.Id, thisYear - 1, new DateOnly(today.Year - 1, 12, 31), now);
        var current = Cycle(framework.Id, thisYear, today.AddDays(45), now);
        db.AssessmentCycles.AddRange(previous, current);
        await db.SaveChangesAsync(ct);

        var indicators = framework.Indicators.ToList();
        for (var n = 0; n < cities.Count; n++)
        {
            var city = cities[n];
            db.CityAssessments.Add(DemoAssessment(previous, city.Id, indicators, AssessmentStatus.Validated, 1, now));
            var status = city.ProvinceCode == "TH-50" ? AssessmentStatus.Draft : n % 4 == 1 ? AssessmentStatus.Submitted : AssessmentStatus.Validated;
            db.CityAssessments.Add(DemoAssessment(current, city.Id, indicators, status, 2, now));
        }
        await db.SaveChangesAsync(ct);
        var scores = services.GetRequiredService<CycleScores>();
        await scores.RecalculateAsync(previous.Id, ct);
        await scores.RecalculateAsync(current.Id, ct);
    }

    private static AssessmentCycle Cycle(int frameworkId, int yearBe, DateOnly deadline, DateTime now) => new()
    {
        YearBe = yearBe, FrameworkId = frameworkId, Deadline = deadline, IsDemo = true, CreatedAt = now,
        Name = new BilingualText($"การประเมินตนเองเมืองแห่งการเรียนรู้ ปี {yearBe} (ตัวอย่าง)", $"Learning city self-assessment {yearBe - 543} (demo)"),
    };

    private static CityAssessment DemoAssessment(AssessmentCycle cycle, int cityId, List<Indicator> indicators, AssessmentStatus status, int round, DateTime now)
    {
        var random = new Random(cityId * 97 + round);
        // A draft is half filled in, so the demo coordinator sees what is left to do.
        var filled = status == AssessmentStatus.Draft ? indicators.Take(indicators.Count / 2) : indicators;
        var assessment = new CityAssessment
        {
            CycleId = cycle.Id, CityId = cityId, Status = status, UpdatedAt = now, Version = 1,
            Revision = status == AssessmentStatus.Draft ? 0 : 1,
            SubmittedAt = status == AssessmentStatus.Draft ? null : now, ReviewedAt = status == AssessmentStatus.Validated ? now : null,
        };
        foreach (var i in filled)
        {
            var value = new AssessmentValue { IndicatorId = i.Id };
            if (i.ValueType == IndicatorValueType.Text) value.Text = "ระดมทุนจากวิสาหกิจชุมชนและวัดในพื้นที่เพื่อเปิดลานเรียนรู้ (ข้อมูลตัวอย่าง)";
            else value.Number = DemoNumber(i, random, round);
            if (i.PlatformSource is { } source) (value.Prefilled, value.PrefillSource) = (value.Number, source);
            if (i.EvidenceRequired) value.Evidence.Add(new EvidenceItem(null, null, "https://www.example.org/demo-evidence"));
            assessment.Values.Add(value);
        }
        return assessment;
    }

    private static decimal DemoNumber(Indicator i, Random random, int round) => i.ValueType switch
    {
        IndicatorValueType.YesNo => random.NextDouble() < 0.35 + 0.2 * round ? 1 : 0,
        IndicatorValueType.Scale => random.Next(1 + round - 1, 6),
        _ => Math.Round((decimal)(Lerp(i, random.NextDouble() * (0.55 + 0.2 * round))), i.ValueType == IndicatorValueType.Percentage ? 1 : 0),
    };

    private static double Lerp(Indicator i, double fraction)
    {
        var zero = (double)(i.Baseline ?? 0);
        var full = (double)(i.Target ?? 100);
        var value = zero + (full - zero) * fraction;
        return i.ValueType == IndicatorValueType.Percentage ? Math.Clamp(value, 0, 100) : Math.Max(0, value);
    }
}
