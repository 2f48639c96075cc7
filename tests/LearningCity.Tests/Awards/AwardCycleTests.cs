using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class AwardCycleTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private object NewCycle(int year, int opensInDays = 10)
    {
        var today = AwardsTestData.Today(factory);
        return new
        {
            yearBe = year, nameTh = $"รางวัลเมืองแห่งการเรียนรู้ {year}", nameEn = $"Learning City Awards {year - 543}", descriptionTh = "รอบใหม่",
            callOpens = today.AddDays(opensInDays), callCloses = today.AddDays(opensInDays + 30), judgingEnds = today.AddDays(opensInDays + 60),
            announcementOn = today.AddDays(opensInDays + 70), pastWinnerExclusionYears = 2, blindReview = true, judgesPerApplication = 3, disagreementThreshold = 20,
        };
    }

    [Fact]
    public async Task An_admin_creates_a_cycle_with_the_default_criteria_and_categories_and_it_is_audited()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var year = AwardsTestData.NextYear();
        var created = await (await admin.PostApiAsync("/api/v1/awards/cycles", NewCycle(year))).ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Upcoming", year, true, 3), (created.GetProperty("phase").GetString(), created.GetProperty("yearBe").GetInt32(),
            created.GetProperty("blindReview").GetBoolean(), created.GetProperty("judgesPerApplication").GetInt32()));
        Assert.Equal(["1", "2", "3", "4", "5"], created.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(["large", "subdistrict", "sao", "pao", "digital"], created.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(5, created.GetProperty("criteria")[0].GetProperty("rubric").GetArrayLength());

        // Anyone reads it, with the timeline in the Buddhist Era in Thai.
        var id = created.GetProperty("id").GetInt32();
        var read = await (await factory.CreateBrowserlessClient().GetAsync(AwardsTestData.CycleUrl(id))).ExpectJsonAsync();
        Assert.Contains("พ.ศ.", read.GetProperty("timeline")[0].GetProperty("display").GetString());
        Assert.Contains((AwardsTestData.Today(factory).AddDays(10).Year + 543).ToString(System.Globalization.CultureInfo.InvariantCulture),
            read.GetProperty("timeline")[0].GetProperty("display").GetString());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "awards.cycle.create" && a.EntityId == year.ToString())));
    }

    [Fact]
    public async Task Cycle_input_is_checked_field_by_field_in_the_callers_language()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var today = AwardsTestData.Today(factory);
        var bad = new { yearBe = 1999, nameTh = "", callOpens = today.AddDays(10), callCloses = today.AddDays(5), judgingEnds = today.AddDays(20), announcementOn = today.AddDays(30) };
        var th = await admin.PostApiAsync("/api/v1/awards/cycles", bad);
        var problem = await th.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ปี พ.ศ. ต้องอยู่ระหว่าง 2560 ถึง 2700", problem.GetProperty("errors").GetProperty("yearBe")[0].GetString());
        Assert.Equal("จำเป็นต้องกรอก", problem.GetProperty("errors").GetProperty("nameTh")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("callCloses", out _));
        Assert.Contains("Dates must be in order: call opens, call closes, judging ends, announcement",
            await (await admin.PostApiAsync("/api/v1/awards/cycles", bad, english: true)).ErrorsAsync("callCloses"));

        var year = AwardsTestData.NextYear();
        await (await admin.PostApiAsync("/api/v1/awards/cycles", NewCycle(year))).ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Contains("There is already an award cycle for this year", await (await admin.PostApiAsync("/api/v1/awards/cycles", NewCycle(year), english: true)).ErrorsAsync("yearBe"));
    }

    [Fact]
    public async Task An_admin_edits_the_cycle_its_categories_and_criteria_until_the_call_opens_then_gets_409()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var year = AwardsTestData.NextYear();
        var created = await (await admin.PostApiAsync("/api/v1/awards/cycles", NewCycle(year))).ExpectJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var url = AwardsTestData.CycleUrl(id);

        var edited = await (await admin.PutJsonAsync(url, NewCycle(year, opensInDays: 5))).ExpectJsonAsync();
        Assert.Equal(AwardsTestData.Today(factory).AddDays(5).ToString("yyyy-MM-dd"), edited.GetProperty("callOpens").GetString());
        var criterion = created.GetProperty("criteria")[0];
        var rubric = new[] { new { score = 1, th = "น้อย", en = "Low" }, new { score = 2, th = "มาก", en = "High" } };
        var changed = await (await admin.PutJsonAsync($"{url}/criteria/{criterion.GetProperty("id").GetInt32()}",
            new { code = "1", nameTh = "ภาวะผู้นำ", weight = 30, wordLimit = 300, rubric })).ExpectJsonAsync();
        Assert.Equal((30d, 300, 2), (changed.GetProperty("criteria")[0].GetProperty("weight").GetDouble(), changed.GetProperty("criteria")[0].GetProperty("wordLimit").GetInt32(),
            changed.GetProperty("criteria")[0].GetProperty("rubric").GetArrayLength()));
        Assert.Contains("The weight must be above 0 and at most 100",
            await (await admin.PutJsonAsync($"{url}/criteria/{criterion.GetProperty("id").GetInt32()}", new { code = "1", nameTh = "ก", weight = 0, wordLimit = 300, rubric }, english: true)).ErrorsAsync("weight"));
        var withSize = await (await admin.PostApiAsync($"{url}/categories", new { code = "small", nameTh = "เมืองขนาดเล็ก", kind = "Size", maxPopulation = 20000 })).ExpectJsonAsync();
        Assert.Contains(withSize.GetProperty("categories").EnumerateArray(), c => c.GetProperty("code").GetString() == "small" && c.GetProperty("kind").GetString() == "Size");

        // The call opens: nothing changes any more.
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallOpens, AwardsTestData.Today(factory))));
        Assert.Equal("แก้ไขรอบการมอบรางวัลไม่ได้แล้ว เพราะเปิดรับสมัครแล้ว", await (await admin.PutJsonAsync(url, NewCycle(year))).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal("This award cycle can no longer be changed: the call has opened",
            await (await admin.PostApiAsync($"{url}/categories", new { code = "x", nameTh = "x", kind = "Special" }, english: true)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutJsonAsync($"{url}/criteria/{criterion.GetProperty("id").GetInt32()}",
            new { code = "1", nameTh = "ภาวะผู้นำ", weight = 50, wordLimit = 300, rubric })).StatusCode);
        var after = await factory.CycleAsync(id);
        Assert.Equal(30, after.Criteria.Single(c => c.Code == "1").Weight);
        Assert.Equal("Open", (await (await admin.GetAsync(url)).ExpectJsonAsync()).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task An_admin_removes_categories_and_criteria_before_the_call_opens_but_never_the_last_one()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var id = await factory.AddCycleAsync(opensInDays: 10);
        var url = AwardsTestData.CycleUrl(id);
        var cycle = await factory.CycleAsync(id);

        var removed = await (await admin.DeleteAsync($"{url}/criteria/{cycle.Criteria[0].Id}")).ExpectJsonAsync();
        Assert.Equal(cycle.Criteria.Count - 1, removed.GetProperty("criteria").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{url}/criteria/{cycle.Criteria[0].Id}")).StatusCode);
        foreach (var c in cycle.Categories.Skip(1)) Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"{url}/categories/{c.Id}")).StatusCode);
        var last = await admin.DeleteAsync($"{url}/categories/{cycle.Categories[0].Id}");
        Assert.Contains("ลบไม่ได้: รอบรางวัลต้องมีประเภทรางวัลอย่างน้อยหนึ่งประเภท", await last.ErrorsAsync("categoryId"));
        var after = await factory.CycleAsync(id);
        Assert.Equal((1, cycle.Criteria.Count - 1), (after.Categories.Count, after.Criteria.Count));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "awards.criterion.remove" && a.EntityId == $"{id}/{cycle.Criteria[0].Code}")));

        // Once the call opens nothing is removed.
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallOpens, AwardsTestData.Today(factory))));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{url}/criteria/{after.Criteria[0].Id}")).StatusCode);
        Assert.Equal(cycle.Criteria.Count - 1, (await factory.CycleAsync(id)).Criteria.Count);
    }

    [Theory]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Judge)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Learner)]
    [InlineData(null)]
    public async Task Only_admins_create_or_change_cycles(string? role)
    {
        var client = role is null ? factory.CreateBrowserlessClient() : await factory.ApiClientAsync(role);
        var expected = role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        var year = AwardsTestData.NextYear();
        var id = await factory.AddCycleAsync(opensInDays: 10);
        var url = AwardsTestData.CycleUrl(id);
        var criterion = (await factory.CycleAsync(id)).Criteria[0].Id;
        var category = (await factory.CycleAsync(id)).Categories[0].Id;
        Assert.Equal(expected, (await client.PostApiAsync("/api/v1/awards/cycles", NewCycle(year))).StatusCode);
        Assert.Equal(expected, (await client.PutJsonAsync(url, NewCycle(year))).StatusCode);
        Assert.Equal(expected, (await client.PostApiAsync($"{url}/categories", new { code = "x", nameTh = "x", kind = "Special" })).StatusCode);
        Assert.Equal(expected, (await client.PutJsonAsync($"{url}/categories/{category}", new { code = "x", nameTh = "x", kind = "Special" })).StatusCode);
        Assert.Equal(expected, (await client.PostApiAsync($"{url}/criteria", new { code = "9", nameTh = "x", weight = 1, wordLimit = 100 })).StatusCode);
        Assert.Equal(expected, (await client.PutJsonAsync($"{url}/criteria/{criterion}", new { code = "9", nameTh = "x", weight = 1, wordLimit = 100 })).StatusCode);
        Assert.Equal(expected, (await client.DeleteAsync($"{url}/categories/{category}")).StatusCode);
        Assert.Equal(expected, (await client.DeleteAsync($"{url}/criteria/{criterion}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AwardCycles.AnyAsync(c => c.YearBe == year)));
        Assert.Equal(5, (await factory.CycleAsync(id)).Categories.Count);
        Assert.Equal(5, (await factory.CycleAsync(id)).Criteria.Count);
        // Reading is open to everyone.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var list = await (await client.GetAsync("/api/v1/awards/cycles")).ExpectJsonAsync();
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetInt32() == id);
    }
}
