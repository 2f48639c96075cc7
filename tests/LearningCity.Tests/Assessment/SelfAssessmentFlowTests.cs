using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using LearningCity.Tests.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Assessment;

public sealed class SelfAssessmentFlowTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_city_fills_in_submits_is_returned_fixes_resubmits_and_is_validated_with_scores()
    {
        var cycle = await factory.OpenCycleAsync();
        var c = await factory.CityInCycleAsync(cycle);
        await factory.WithDbAsync(db => db.Cities.Where(x => x.Id == c.CityId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Population, 20_000)));
        await factory.AddSpaceAsync(CityTestData.Unique("ห้องสมุดประชาชน"), cityId: c.CityId);
        await factory.AddResourceAsync(CityTestData.Unique("คู่มือการเรียนรู้"), cityId: c.CityId);
        var indicators = await factory.DefaultIndicatorsAsync();

        // First read: a draft, with the platform's figures offered for the indicators that name a source.
        var draft = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(("Draft", 0, c.CityId), (draft.GetProperty("status").GetString(), draft.GetProperty("revision").GetInt32(), draft.GetProperty("cityId").GetInt32()));
        foreach (var i in indicators.Where(i => i.PlatformSource is not null))
        {
            var value = draft.Value(i.Code);
            Assert.True(value.ValueKind == JsonValueKind.Object, $"{i.Code} is not offered pre-filled");
            Assert.Equal(i.PlatformSource, value.GetProperty("prefillSource").GetString());
            Assert.Equal(JsonValueKind.Number, value.GetProperty("prefilled").ValueKind);
            Assert.Equal(JsonValueKind.Null, value.GetProperty("value").ValueKind);
        }
        Assert.Equal(0.5m, draft.Value("B2.1").GetProperty("prefilled").GetDecimal()); // one space for 20,000 people
        Assert.Equal(1m, draft.Value("B4.1").GetProperty("prefilled").GetDecimal()); // one published resource
        Assert.Equal(indicators.Where(i => i.Required).Select(i => i.Code), draft.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        // A second read finds the same draft.
        Assert.Equal(draft.GetProperty("id").GetInt32(), (await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync()).GetProperty("id").GetInt32());

        // Every required indicator, in its own type; evidence as a link, or an uploaded PDF for one of them.
        foreach (var i in indicators.Where(i => i.Required))
        {
            object body = i.Code switch
            {
                "B2.1" => new { value = "0.5" },
                "B4.1" => new { value = "3", overrideReason = "นับสื่อสิ่งพิมพ์ของห้องสมุดเทศบาลด้วย" },
                "W1.1" => new { value = "20", comment = "จากการสำรวจครัวเรือน" },
                _ when i.PlatformSource is not null => new { value = draft.Value(i.Code).GetProperty("prefilled").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) },
                _ when i.EvidenceRequired && i.Code != "C1.1" => new { value = AssessmentTestData.ValidValue(i), links = new[] { AssessmentTestData.EvidenceLink(i.Code) } },
                _ => new { value = AssessmentTestData.ValidValue(i) },
            };
            await (await c.Coordinator.PutValueAsync(c.Url, i.Code, body)).ExpectJsonAsync();
        }
        var beforeUpload = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(["C1.1"], beforeUpload.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var uploaded = await (await c.Coordinator.UploadEvidenceAsync(c.Url, "C1.1", AssessmentTestData.Pdf, "แผนพัฒนาท้องถิ่น.pdf")).ExpectJsonAsync();
        var evidence = Assert.Single(uploaded.Value("C1.1").GetProperty("evidence").EnumerateArray());
        Assert.Equal("แผนพัฒนาท้องถิ่น.pdf", evidence.GetProperty("fileName").GetString());
        Assert.Equal("yes", uploaded.Value("C1.1").GetProperty("value").GetString()); // the upload keeps the value
        Assert.Empty(uploaded.GetProperty("missing").EnumerateArray());
        var b41 = uploaded.Value("B4.1");
        Assert.Equal(("3", 1m, "นับสื่อสิ่งพิมพ์ของห้องสมุดเทศบาลด้วย"), (b41.GetProperty("value").GetString(), b41.GetProperty("prefilled").GetDecimal(), b41.GetProperty("overrideReason").GetString()));
        Assert.Equal("จากการสำรวจครัวเรือน", uploaded.Value("W1.1").GetProperty("comment").GetString());

        var submitted = await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(("Submitted", 1), (submitted.GetProperty("status").GetString(), submitted.GetProperty("revision").GetInt32()));
        Assert.Equal(JsonValueKind.Null, submitted.GetProperty("overallScore").ValueKind);

        // The reviewer finds it in the queue and returns it with a comment on one indicator.
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        var queue = await (await reviewer.GetAsync("/api/v1/assessments/review-queue")).ExpectJsonAsync();
        var queued = Assert.Single(queue.EnumerateArray(), q => q.GetProperty("cityId").GetInt32() == c.CityId && q.GetProperty("cycleId").GetInt32() == cycle);
        Assert.Equal(1, queued.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(c.Url)).StatusCode);
        var returned = await (await reviewer.PostApiAsync(c.Url + "/return",
            new { note = "โปรดตรวจสอบตัวเลขอีกครั้ง", comments = new Dictionary<string, string> { ["W2.1"] = "จำนวนวิสาหกิจสูงกว่าทะเบียนของจังหวัด" } })).ExpectJsonAsync();
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        Assert.DoesNotContain((await (await reviewer.GetAsync("/api/v1/assessments/review-queue")).ExpectJsonAsync()).EnumerateArray(),
            q => q.GetProperty("cityId").GetInt32() == c.CityId);

        // The coordinator reads the comment, fixes the value and submits again.
        var back = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal("Returned", back.GetProperty("status").GetString());
        Assert.Equal("โปรดตรวจสอบตัวเลขอีกครั้ง", back.GetProperty("reviewNote").GetString());
        Assert.Equal("จำนวนวิสาหกิจสูงกว่าทะเบียนของจังหวัด", back.Value("W2.1").GetProperty("reviewComment").GetString());
        Assert.Equal(JsonValueKind.Null, back.Value("W1.1").GetProperty("reviewComment").ValueKind);
        await (await c.Coordinator.PutValueAsync(c.Url, "W2.1", new { value = "6" })).ExpectJsonAsync();
        var resubmitted = await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(("Submitted", 2), (resubmitted.GetProperty("status").GetString(), resubmitted.GetProperty("revision").GetInt32()));

        // Validation scores it.
        var validated = await (await reviewer.PostApiAsync(c.Url + "/validate", new { note = "ครบถ้วน" })).ExpectJsonAsync();
        Assert.Equal("Validated", validated.GetProperty("status").GetString());
        var overall = validated.GetProperty("overallScore").GetDouble();
        Assert.InRange(overall, 0.01, 100);
        Assert.Equal(50, validated.Value("W1.1").GetProperty("score").GetDouble()); // 20 % of a 0–40 % target range
        Assert.Equal(20, validated.Value("W2.1").GetProperty("score").GetDouble()); // 6 of a 0–30 target range
        Assert.Equal(JsonValueKind.Null, validated.Value("W2.1").GetProperty("reviewComment").ValueKind);
        var seen = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(overall, seen.GetProperty("overallScore").GetDouble());

        var revisions = (await (await c.Coordinator.GetAsync(c.Url + "/revisions")).ExpectJsonAsync()).EnumerateArray().ToList();
        Assert.True(revisions.Count >= 3, $"only {revisions.Count} revisions");
        Assert.Equal(["Submitted", "Returned", "Submitted", "Validated"], revisions.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([1, 1, 2, 2], revisions.Select(r => r.GetProperty("revision").GetInt32()));
        var firstW21 = revisions[0].GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicatorId").GetInt32() == indicators.Single(i => i.Code == "W2.1").Id);
        Assert.Equal(12m, firstW21.GetProperty("number").GetDecimal()); // the first version stays readable

        var scores = await factory.WithDbAsync(db => db.AssessmentScores.AsNoTracking().Where(s => s.CycleId == cycle && s.CityId == c.CityId).ToListAsync());
        var framework = await factory.FrameworkAsync(await factory.DefaultFrameworkIdAsync());
        Assert.Equal(overall, Assert.Single(scores, s => s.Level == ScoreLevel.Overall).Score);
        Assert.Equal(framework.Areas.Select(a => a.Id).Order(), scores.Where(s => s.Level == ScoreLevel.Area).Select(s => s.ItemId).Order());
        Assert.Equal(framework.Areas.SelectMany(a => a.FocusAreas).Select(f => f.Id).Order(), scores.Where(s => s.Level == ScoreLevel.FocusArea).Select(s => s.ItemId).Order());
        Assert.All(scores, s => Assert.InRange(s.Score, 0, 100));
        var stored = await factory.WithDbAsync(db => db.CityAssessments.AsNoTracking().SingleAsync(a => a.CycleId == cycle && a.CityId == c.CityId));
        Assert.Equal((AssessmentStatus.Validated, overall, "ครบถ้วน"), (stored.Status, stored.OverallScore!.Value, stored.ReviewNote));
    }

    [Fact]
    public async Task Each_validation_rescores_the_cycle_because_a_new_city_can_widen_the_range_of_an_indicator_without_targets()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var framework = new
        {
            nameTh = "กรอบทดลองการให้คะแนน",
            areas = new object[]
            {
                new
                {
                    code = "A", nameTh = "ด้านเอ", weight = 2,
                    focusAreas = new object[]
                    {
                        new { code = "A1", nameTh = "ประเด็นเอหนึ่ง", indicators = new object[]
                        {
                            new { code = "A1.1", nameTh = "ไม่มีค่าเป้าหมาย", valueType = "Number" },
                            new { code = "A1.2", nameTh = "มีหรือไม่มี", valueType = "YesNo" },
                        } },
                        new { code = "A2", nameTh = "ประเด็นเอสอง", indicators = new object[]
                        {
                            new { code = "A2.1", nameTh = "ระดับ", valueType = "Scale" },
                            new { code = "A2.2", nameTh = "คำอธิบาย", valueType = "Text" },
                        } },
                    },
                },
                new
                {
                    code = "B", nameTh = "ด้านบี",
                    focusAreas = new object[]
                    {
                        new { code = "B1", nameTh = "ประเด็นบีหนึ่ง", indicators = new object[]
                        {
                            new { code = "B1.1", nameTh = "ร้อยละ", valueType = "Percentage", baseline = 0, target = 50 },
                        } },
                    },
                },
            },
        };
        var frameworkId = (await (await admin.PostApiAsync("/api/v1/assessments/frameworks", framework)).ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        // A cycle needs a published framework.
        var cycleBody = new { yearBe = AssessmentTestData.NextYear(), frameworkId, deadline = AssessmentTestData.ThaiToday(factory).AddDays(10).ToString("yyyy-MM-dd") };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostApiAsync("/api/v1/assessments/cycles", cycleBody)).StatusCode);
        await (await admin.PostApiAsync($"/api/v1/assessments/frameworks/{frameworkId}/publish", null)).ExpectJsonAsync();
        var cycle = (await (await admin.PostApiAsync("/api/v1/assessments/cycles", cycleBody)).ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        async Task<CityInCycle> ValidatedAsync(string a11, string a12, string a21, string b11)
        {
            var c = await factory.CityInCycleAsync(cycle);
            await c.Coordinator.GetAsync(c.Url);
            foreach (var (code, value) in new[] { ("A1.1", a11), ("A1.2", a12), ("A2.1", a21), ("B1.1", b11) })
                await (await c.Coordinator.PutValueAsync(c.Url, code, new { value })).ExpectJsonAsync();
            await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync(); // the text indicator is optional
            await (await reviewer.PostApiAsync(c.Url + "/validate", new { })).ExpectJsonAsync();
            return c;
        }
        Task<Dictionary<(ScoreLevel, int), double>> ScoresAsync(CityInCycle c) => factory.WithDbAsync(db => db.AssessmentScores.AsNoTracking()
            .Where(s => s.CycleId == cycle && s.CityId == c.CityId).ToDictionaryAsync(s => (s.Level, s.ItemId), s => s.Score));
        var ids = await factory.WithDbAsync(db => db.FocusAreas.Where(f => f.Code == "A1" || f.Code == "A2").Join(db.FrameworkAreas.Where(a => a.FrameworkId == frameworkId),
            f => f.AreaId, a => a.Id, (f, a) => new { f.Code, f.Id, AreaId = a.Id }).ToListAsync());
        var a1 = ids.Single(i => i.Code == "A1").Id;
        var areaA = ids[0].AreaId;

        // Alone in the cycle, the first city sets the range of A1.1 and scores full on it.
        var first = await ValidatedAsync("10", "yes", "5", "25");
        var alone = await ScoresAsync(first);
        Assert.Equal(6, alone.Count); // overall, 2 areas, 3 focus areas
        Assert.Equal((100, 100, 83.33), (alone[(ScoreLevel.FocusArea, a1)], alone[(ScoreLevel.Area, areaA)], alone[(ScoreLevel.Overall, 0)]));

        // A second city widens the range: the first one's A1.1 now scores 0, and its stored scores follow.
        var second = await ValidatedAsync("30", "no", "1", "0");
        var firstNow = await ScoresAsync(first);
        Assert.Equal((50, 75, 66.67), (firstNow[(ScoreLevel.FocusArea, a1)], firstNow[(ScoreLevel.Area, areaA)], firstNow[(ScoreLevel.Overall, 0)]));
        var secondScores = await ScoresAsync(second);
        Assert.Equal((50, 25, 16.67), (secondScores[(ScoreLevel.FocusArea, a1)], secondScores[(ScoreLevel.Area, areaA)], secondScores[(ScoreLevel.Overall, 0)]));
        var firstRead = await (await first.Coordinator.GetAsync(first.Url)).ExpectJsonAsync();
        Assert.Equal(66.67, firstRead.GetProperty("overallScore").GetDouble());
        Assert.Equal(0, firstRead.Value("A1.1").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task The_cycle_list_shows_an_opened_cycle_with_its_framework_and_deadline()
    {
        var cycle = await factory.OpenCycleAsync(new DateOnly(2031, 3, 31));
        var list = await (await factory.CreateBrowserlessClient().GetAsync("/api/v1/assessments/cycles")).ExpectJsonAsync();
        var row = Assert.Single(list.EnumerateArray(), r => r.GetProperty("id").GetInt32() == cycle);
        Assert.Equal(await factory.DefaultFrameworkIdAsync(), row.GetProperty("frameworkId").GetInt32());
        Assert.Equal("2031-03-31", row.GetProperty("deadline").GetString());
    }
}
