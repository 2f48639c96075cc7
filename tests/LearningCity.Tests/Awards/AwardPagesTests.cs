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

    [Fact]
    public async Task An_admin_adds_and_changes_categories_criteria_and_rubric_levels_on_the_edit_page()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(LearningCity.Common.Auth.Roles.Admin));
        var id = await factory.AddCycleAsync(opensInDays: 10);
        var edit = $"/awards/cycles/{id}/edit";

        // A new criterion with one rubric level only is refused; what was typed stays on the page and nothing is saved.
        var refused = await admin.SubmitFormAsync(edit, new Dictionary<string, string>
        {
            ["code"] = "6", ["nameTh"] = "การมีส่วนร่วมของเยาวชน", ["weight"] = "10", ["wordLimit"] = "500",
            ["Rubric[0].Score"] = "1", ["Rubric[0].Th"] = "เริ่มต้น",
        }, "#criterion-new");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains("เกณฑ์การให้คะแนนต้องมี 2–10 ระดับ", page.QuerySelector("#crit-new-rubric-error")!.TextContent);
        Assert.Equal("การมีส่วนร่วมของเยาวชน", page.QuerySelector("#crit-new-nameTh")!.GetAttribute("value"));
        Assert.Equal("เริ่มต้น", page.QuerySelector("#crit-new-rubric-0-th")!.GetAttribute("value"));
        Assert.DoesNotContain((await factory.CycleAsync(id)).Criteria, c => c.Code == "6");

        var added = await admin.SubmitFormAsync(edit, new Dictionary<string, string>
        {
            ["code"] = "6", ["nameTh"] = "การมีส่วนร่วมของเยาวชน", ["nameEn"] = "Youth participation", ["weight"] = "10", ["wordLimit"] = "500",
            ["Rubric[0].Score"] = "1", ["Rubric[0].Th"] = "เริ่มต้น", ["Rubric[1].Score"] = "3", ["Rubric[1].Th"] = "ต่อเนื่อง", ["Rubric[1].En"] = "Sustained",
        }, "#criterion-new");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var criterion = (await factory.CycleAsync(id)).Criteria.Single(c => c.Code == "6");
        Assert.Equal([new(1, "เริ่มต้น", null), new(3, "ต่อเนื่อง", "Sustained")], criterion.Rubric);

        // The stored levels come back in the form, with blank rows to add more; a level is changed and one added.
        var form = await admin.GetPageAsync(edit);
        Assert.Equal("ต่อเนื่อง", form.QuerySelector("#crit-6-rubric-1-th")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("#crit-6-rubric-2-th")!.GetAttribute("value"));
        var changed = await admin.SubmitFormAsync(edit, new Dictionary<string, string>
            { ["Rubric[1].Th"] = "ต่อเนื่องและขยายผล", ["Rubric[2].Score"] = "2", ["Rubric[2].Th"] = "กำลังพัฒนา", ["guidanceEn"] = "Describe young people's roles" }, "#criterion-6");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        criterion = (await factory.CycleAsync(id)).Criteria.Single(c => c.Code == "6");
        Assert.Equal(["เริ่มต้น", "กำลังพัฒนา", "ต่อเนื่องและขยายผล"], criterion.Rubric.Select(r => r.Th));
        Assert.Equal("Describe young people's roles", criterion.Guidance.En);

        // A size category without a population bound is refused, then added; a category and the new criterion are removed.
        var badCategory = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["code"] = "small", ["nameTh"] = "เมืองขนาดเล็ก", ["kind"] = "Size" }, "#category-new");
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.NotNull((await Html.ParseAsync(badCategory)).QuerySelector("#cat-new-minPopulation.is-invalid"));
        var sized = await admin.SubmitFormAsync(edit, new Dictionary<string, string> { ["code"] = "small", ["nameTh"] = "เมืองขนาดเล็ก", ["kind"] = "Size", ["maxPopulation"] = "20000" }, "#category-new");
        Assert.Equal(HttpStatusCode.Redirect, sized.StatusCode);
        var cycle = await factory.CycleAsync(id);
        Assert.Equal((LearningCity.Modules.Awards.Data.CategoryKind.Size, (int?)20000), (cycle.Categories.Single(c => c.Code == "small").Kind, cycle.Categories.Single(c => c.Code == "small").MaxPopulation));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string>(), "#remove-category-small")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync(edit, new Dictionary<string, string>(), "#remove-criterion-6")).StatusCode);
        cycle = await factory.CycleAsync(id);
        Assert.DoesNotContain(cycle.Categories, c => c.Code == "small");
        Assert.DoesNotContain(cycle.Criteria, c => c.Code == "6");

        // Nobody but an admin may post these forms.
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(LearningCity.Common.Auth.Roles.Coordinator));
        var token = (await admin.GetPageAsync(edit)).QuerySelector("#category-new input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var notAllowed = await coordinator.PostAsync($"{edit}?handler=RemoveCategory", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["categoryId"] = cycle.Categories[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token }));
        Assert.True(notAllowed.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, notAllowed.StatusCode.ToString());
        Assert.DoesNotContain("saved", notAllowed.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(cycle.Categories.Count, (await factory.CycleAsync(id)).Categories.Count);
    }
}
