using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Awards;

public sealed class AwardPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Anyone_sees_the_cycles_with_their_timeline_and_criteria()
    {
        var cycle = await factory.AddCycleAsync();
        var anonymous = factory.CreateBrowserlessClient();
        var hub = await anonymous.GetPageAsync("/awards");
        Assert.NotNull(hub.QuerySelector($"[data-testid=cycle-{cycle}]"));
        Assert.Contains("เปิดรับสมัคร", hub.QuerySelector($"[data-testid=cycle-{cycle}]")!.TextContent);
        var page = await anonymous.GetPageAsync($"/awards/cycles/{cycle}");
        Assert.Contains("ความมุ่งมั่นของผู้นำ", page.Body!.TextContent);
        Assert.Contains("เป็นแบบอย่าง มีผลลัพธ์ที่พิสูจน์ได้และขยายผล", page.Body.TextContent);
        Assert.Contains("พ.ศ.", page.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task A_coordinator_applies_and_saves_narratives_without_javascript()
    {
        var cycle = await factory.AddCycleAsync(wordLimit: 3);
        var city = await factory.AwardCityAsync();
        var hub = await city.Coordinator.GetPageAsync("/awards");
        Assert.Contains("ประเภทองค์กรปกครองส่วนท้องถิ่นของเมืองไม่ตรงกับหมวดรางวัลนี้", hub.QuerySelector($"[data-testid=cycle-{cycle}]")!.TextContent);
        var applied = await city.Coordinator.SubmitFormAsync("/awards", new Dictionary<string, string>(), $"#apply-{cycle}-{city.CityId}-large");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var url = applied.Headers.Location!.OriginalString;
        var id = await factory.WithDbAsync(db => db.AwardApplications.Where(a => a.CityId == city.CityId).Select(a => a.Id).SingleAsync());
        Assert.Equal($"/awards/applications/{id}", url);
        var criterion = (await factory.CycleAsync(cycle)).Criteria.OrderBy(c => c.SortOrder).First().Id;

        var saved = await city.Coordinator.SubmitFormAsync(url, new Dictionary<string, string> { [$"narrative-{criterion}"] = "ห้องสมุดชุมชนเปิดทุกวัน", ["consentToPublish"] = "true" }, "#narratives-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await city.Coordinator.GetPageAsync(url);
        Assert.Equal("ห้องสมุดชุมชนเปิดทุกวัน", page.QuerySelector($"#narrative-{criterion}")!.TextContent);
        Assert.Contains("is-invalid", page.QuerySelector($"#narrative-{criterion}")!.ClassName); // over the limit of 3 words
        Assert.NotNull(page.QuerySelector("script[src^='/js/word-count.js']"));

        var refused = await city.Coordinator.SubmitFormAsync(url, new Dictionary<string, string>(), "form[action*='handler=Submit']");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Html.ParseAsync(refused)).QuerySelector("#errors")!.TextContent;
        Assert.Contains("ยังไม่มีหนังสือรับรองที่ลงนามโดยนายกฯ พร้อมชื่อและตำแหน่ง", errors);
        Assert.Contains("เกินกำหนด 3 คำ", errors);
    }

    [Fact]
    public async Task The_awards_api_is_in_the_OpenAPI_document_under_its_tag()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/awards/cycles", "/api/v1/awards/cycles/{id}/eligibility", "/api/v1/awards/applications/{appId}/submit" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var submit = paths.GetProperty("/api/v1/awards/applications/{appId}/submit").GetProperty("post");
        Assert.Equal("SubmitAwardApplication", submit.GetProperty("operationId").GetString());
        Assert.Equal("Awards", submit.GetProperty("tags")[0].GetString());
    }

    [Fact]
    public async Task An_admin_opens_a_cycle_from_the_page_and_bad_dates_are_refused_in_thai()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(LearningCity.Common.Auth.Roles.Admin));
        var form = await admin.GetPageAsync("/awards/cycles/new");
        var opens = form.QuerySelector("#callOpens")!.GetAttribute("value")!;
        var refused = await admin.SubmitFormAsync("/awards/cycles/new", new Dictionary<string, string>
            { ["Input.YearBe"] = "2650", ["Input.NameTh"] = "รางวัลจากหน้าเว็บ", ["Input.CallCloses"] = DateOnly.Parse(opens).AddDays(-1).ToString("yyyy-MM-dd") }, "#new-cycle");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await Html.ParseAsync(refused)).QuerySelector("#callCloses.is-invalid"));
        Assert.False(await factory.WithDbAsync(db => db.AwardCycles.AnyAsync(c => c.YearBe == 2650)));

        var created = await admin.SubmitFormAsync("/awards/cycles/new", new Dictionary<string, string> { ["Input.YearBe"] = "2650", ["Input.NameTh"] = "รางวัลจากหน้าเว็บ" }, "#new-cycle");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var cycle = await factory.WithDbAsync(db => db.AwardCycles.Include(c => c.Criteria).SingleAsync(c => c.YearBe == 2650));
        Assert.Equal(5, cycle.Criteria.Count);
        Assert.Equal($"/awards/cycles/{cycle.Id}", created.Headers.Location!.OriginalString);

        var coordinator = await factory.LoginAsync(await factory.CreateAsync(LearningCity.Common.Auth.Roles.Coordinator));
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetAsync("/awards/cycles/new")).StatusCode);

        // Until the call opens the admin edits the cycle and its criteria; a bad weight is refused and nothing changes.
        var edit = $"/awards/cycles/{cycle.Id}/edit";
        Assert.NotEqual(HttpStatusCode.OK, (await coordinator.GetAsync(edit)).StatusCode);
        var first = cycle.Criteria.OrderBy(c => c.SortOrder).First();
        var bad = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["weight"] = "-1" }, $"#criterion-{first.Code}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull((await Html.ParseAsync(bad)).QuerySelector($"#crit-{first.Code}-weight.is-invalid"));
        var saved = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["weight"] = "40", ["wordLimit"] = "300" }, $"#criterion-{first.Code}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var renamed = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.NameTh"] = "รางวัลที่แก้ชื่อแล้ว" }, "#edit-cycle");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var after = await factory.WithDbAsync(db => db.AwardCycles.Include(c => c.Criteria).SingleAsync(c => c.Id == cycle.Id));
        Assert.Equal((40, 300), (after.Criteria.Single(c => c.Id == first.Id).Weight, after.Criteria.Single(c => c.Id == first.Id).WordLimit));
        Assert.Equal("รางวัลที่แก้ชื่อแล้ว", after.Name.Th);

        var today = LearningCity.Tests.Assessment.AssessmentTestData.ThaiToday(factory);
        await factory.WithDbAsync(db => db.AwardCycles.Where(c => c.Id == cycle.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CallOpens, today)));
        Assert.NotNull((await admin.GetPageAsync(edit)).QuerySelector("#not-editable"));
    }
}
