using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Awards.Results;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Seed;

/// <summary>
/// With Seed:Demo: last year's award cycle, judged by the two demo judges and published (Khon Kaen and the Roi Et
/// SAO win and receive their credentials, Phitsanulok gets an honourable mention), and this year's cycle open for
/// applications, with two cities' applications submitted and the demo coordinator's city (Chiang Mai) in draft.
/// </summary>
internal sealed class AwardsSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 70;

    /// <summary>Demo cities by province: applicant, its judges' base level (1–5) and the panel's decision.</summary>
    private static readonly (string Province, int Level, AwardOutcome Outcome)[] LastYear =
        [("TH-40", 5, AwardOutcome.Winner), ("TH-65", 4, AwardOutcome.HonourableMention), ("TH-24", 3, AwardOutcome.None),
         ("TH-95", 3, AwardOutcome.None), ("TH-20", 2, AwardOutcome.None), ("TH-45", 4, AwardOutcome.Winner)];

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.AwardCycles.AnyAsync(ct)) return;
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsDemo && c.Status == CityStatus.Approved).ToListAsync(ct);
        var assessment = await db.AssessmentCycles.AsNoTracking().Where(c => c.IsDemo).OrderBy(c => c.YearBe).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var judges = await db.Users.AsNoTracking().Where(u => u.Email!.StartsWith("judge") && u.Email.EndsWith("@demo.learningcity.local"))
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        if (cities.Count == 0) return;
        var now = time.GetUtcNow().UtcDateTime;
        var today = ThaiTime.Today(time);

        var past = Cycle(today.Year + 543 - 1, today.AddYears(-1).AddDays(-60), today.AddYears(-1).AddDays(-20), today.AddYears(-1).AddDays(10),
            today.AddYears(-1).AddDays(30), assessment, now);
        var current = Cycle(today.Year + 543, today.AddDays(-20), today.AddDays(40), today.AddDays(70), today.AddDays(90), assessment, now);
        db.AwardCycles.AddRange(past, current);
        await db.SaveChangesAsync(ct);

        string[] provinces = ["TH-83", "TH-30"];
        var panel = judges.Select((j, n) => new AwardJudge
        {
            CycleId = past.Id, UserId = j.Id, DisplayName = j.DisplayName, ProvinceCode = provinces[n % 2],
            Organisation = n % 2 == 0 ? "มหาวิทยาลัยตัวอย่างภาคใต้" : "สถาบันการเรียนรู้ตลอดชีวิตตัวอย่าง", AddedAt = now,
        }).ToList();
        db.AwardJudges.AddRange(panel);
        db.AwardJudges.AddRange(panel.Select(j => new AwardJudge
            { CycleId = current.Id, UserId = j.UserId, DisplayName = j.DisplayName, ProvinceCode = j.ProvinceCode, Organisation = j.Organisation, AddedAt = now }));

        foreach (var (province, level, outcome) in LastYear)
        {
            if (cities.FirstOrDefault(c => c.ProvinceCode == province) is not { } city) continue;
            var application = Application(past, city, ApplicationStatus.Submitted, now);
            application.Outcome = outcome;
            application.Shortlisted = outcome != AwardOutcome.None;
            application.Rationale = outcome == AwardOutcome.None ? "ผลงานมีพัฒนาการที่ดี แต่หลักฐานผลลัพธ์ยังไม่ครอบคลุมเมื่อเทียบกับเมืองอื่นในประเภทเดียวกัน"
                : $"{city.Name.Th}แสดงให้เห็นการขับเคลื่อนการเรียนรู้ตลอดชีวิตที่มีผลลัพธ์ตรวจสอบได้ ขยายพื้นที่การเรียนรู้ให้คนทุกวัย และมีแผนต่อเนื่องที่ชัดเจน";
            application.DecidedAt = now;
            db.AwardApplications.Add(application);
            await db.SaveChangesAsync(ct);
            foreach (var judge in panel)
            {
                var assignment = new JudgeAssignment
                {
                    CycleId = past.Id, ApplicationId = application.Id, JudgeUserId = judge.UserId, Method = AssignmentMethod.Automatic,
                    AssignedAt = now, SubmittedAt = now,
                };
                var harsh = judge == panel[0] ? 0 : 1;
                assignment.Scores = past.Criteria.Select((c, n) => new JudgeScore
                {
                    CriterionId = c.Id, Score = Math.Clamp(level - harsh + (n == 2 ? 0 : n % 2), 1, 5), UpdatedAt = now, Version = 1,
                    Comment = level >= 4 ? "มีหลักฐานชัดเจนและต่อเนื่อง" : "ควรแสดงหลักฐานผลลัพธ์ที่วัดได้เพิ่มเติม",
                }).ToList();
                db.JudgeAssignments.Add(assignment);
            }
        }
        past.LockedAt = now;
        await db.SaveChangesAsync(ct);
        await services.GetRequiredService<AwardPublication>().PublishAsync(past.Id, new ClaimsPrincipal(), ct);

        var excluded = LastYear.Where(w => w.Outcome == AwardOutcome.Winner).Select(w => w.Province).ToHashSet();
        foreach (var (province, status) in new[] { ("TH-65", ApplicationStatus.Submitted), ("TH-95", ApplicationStatus.Submitted), ("TH-50", ApplicationStatus.Draft) })
        {
            if (excluded.Contains(province) || cities.FirstOrDefault(c => c.ProvinceCode == province) is not { } city) continue;
            db.AwardApplications.Add(Application(current, city, status, now));
        }
        await db.SaveChangesAsync(ct);
    }

    private static AwardCycle Cycle(int yearBe, DateOnly opens, DateOnly closes, DateOnly judgingEnds, DateOnly announcement, int? assessmentCycleId, DateTime now) => new()
    {
        YearBe = yearBe, CallOpens = opens, CallCloses = closes, JudgingEnds = judgingEnds, AnnouncementOn = announcement,
        AssessmentCycleId = assessmentCycleId, PastWinnerExclusionYears = 1, BlindReview = false, JudgesPerApplication = 2,
        Name = new BilingualText($"รางวัลเมืองแห่งการเรียนรู้ประเทศไทย ประจำปี {yearBe} (ตัวอย่าง)", $"Thailand Learning City Awards {yearBe - 543} (demo)"),
        Description = new BilingualText("รางวัลสำหรับเมืองที่สร้างโอกาสการเรียนรู้ตลอดชีวิตให้คนทุกวัย ตัดสินโดยคณะกรรมการตามเกณฑ์ห้าด้าน",
            "An award for cities that open lifelong learning to people of every age, judged by a panel on five criteria"),
        Categories = DefaultCriteria.Categories(), Criteria = DefaultCriteria.Criteria(), IsDemo = true, CreatedAt = now, Version = 1,
    };

    private static AwardApplication Application(AwardCycle cycle, City city, ApplicationStatus status, DateTime now)
    {
        var category = cycle.Categories.OrderBy(c => c.SortOrder).First(c => c.Kind != CategoryKind.LocalGovernmentType || c.LocalGovernmentTypes.Contains(city.LocalGovernmentType));
        var draft = status == ApplicationStatus.Draft;
        return new AwardApplication
        {
            CycleId = cycle.Id, CategoryId = category.Id, CityId = city.Id, Status = status, IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
            // A draft has the first two narratives written, so the demo coordinator sees what is left to do.
            Narratives = cycle.Criteria.OrderBy(c => c.SortOrder).Take(draft ? 2 : 5).Select(c => new CriterionNarrative(c.Id, Narrative(c.Code, city.Name.Th))).ToList(),
            Evidence = [new AwardEvidence(null, null, null, $"https://example.org/{city.Id}/learning-city-plan")],
            MayorName = draft ? null : city.LeaderName ?? "นายกเทศมนตรี (ตัวอย่าง)", MayorTitle = draft ? null : city.LeaderTitle ?? "นายกเทศมนตรี",
            EndorsedAt = draft ? null : now, ConsentToPublish = !draft, SubmittedAt = draft ? null : now,
        };
    }

    private static string Narrative(string criterion, string city) => criterion switch
    {
        "1" => $"ผู้บริหาร{city}ประกาศให้การเรียนรู้ตลอดชีวิตเป็นนโยบายหลัก ตั้งคณะกรรมการขับเคลื่อนที่มีภาคประชาสังคม โรงเรียน และภาคธุรกิจร่วมด้วย และบรรจุเมืองแห่งการเรียนรู้ไว้ในแผนพัฒนาท้องถิ่นห้าปี",
        "2" => $"ในรอบปี {city}จัดกิจกรรมการเรียนรู้ชุมชนกว่าสองร้อยครั้ง มีผู้เข้าร่วมทุกช่วงวัย ผู้สูงอายุที่เรียนทักษะดิจิทัลนำความรู้ไปขายสินค้าออนไลน์ และมีการติดตามผลด้วยแบบสำรวจ",
        "3" => "ปรับปรุงห้องสมุดประชาชนเป็นพื้นที่เรียนรู้ร่วม เปิดลานเรียนรู้ในตลาดและสวนสาธารณะ และจัดมุมเรียนรู้ในวัดร่วมกับชุมชน ทุกแห่งเข้าถึงได้ด้วยรถเข็น",
        "4" => "ใช้แพลตฟอร์มเมืองแห่งการเรียนรู้เผยแพร่กิจกรรมและบันทึกการเข้าร่วม ผู้เรียนได้รับเหรียญตราดิจิทัล และมีห้องเรียนออนไลน์สำหรับคนทำงาน",
        _ => "ตั้งเป้าหมายให้ทุกชุมชนมีพื้นที่การเรียนรู้ภายในสามปี จัดสรรงบประมาณต่อเนื่อง และทำข้อตกลงกับมหาวิทยาลัยในพื้นที่เพื่อพัฒนาวิทยากรชุมชน",
    };
}
