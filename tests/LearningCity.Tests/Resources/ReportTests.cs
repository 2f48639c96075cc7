using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Resources;

public sealed class ReportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_report_reaches_the_admin_who_removes_the_item_from_the_list_and_api_and_it_is_audited()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองรายงาน"));
        var title = $"ข้อมูลผิด {Guid.NewGuid():N}";
        var id = await factory.AddResourceAsync(title, cityId: city);
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        var reported = await learner.SubmitFormAsync($"/resources/{id}", new Dictionary<string, string>
        {
            ["Input.Reason"] = "incorrect",
            ["Input.Details"] = "ตัวเลขไม่ตรงกับรายงานจริง",
        }, "#report-form");
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal($"/resources/{id}", reported.Headers.Location!.OriginalString);

        var admin = await factory.AdminAsync();
        var list = await admin.GetPageAsync("/admin/reports");
        var card = list.QuerySelectorAll(".open-report").Single(c => c.TextContent.Contains(title));
        Assert.Equal($"/resources/{id}", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("ตัวเลขไม่ตรงกับรายงานจริง", card.TextContent);
        var reportId = card.GetAttribute("data-report")!;

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)card.QuerySelector("form")!;
        var removed = await admin.PostFormAsync(form, "/admin/reports?handler=Remove", new Dictionary<string, string> { ["note"] = "ข้อมูลเท็จ" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        Assert.Equal(PublicationStatus.Removed, (await factory.ResourceAsync(id)).Status);
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/resources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/resources/{id}")).StatusCode);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/resources?city={city}"));
        Assert.DoesNotContain(title, await anonymous.GetStringAsync($"/api/v1/resources?city={city}"));
        Assert.DoesNotContain(title, (await admin.GetPageAsync("/admin/reports")).DocumentElement.TextContent);

        var report = await factory.WithDbAsync(db => db.ContentReports.AsNoTracking().SingleAsync(r => r.Id == long.Parse(reportId)));
        Assert.Equal(ReportStatus.ContentRemoved, report.Status);
        Assert.Equal("ข้อมูลเท็จ", report.ResolutionNote);
        Assert.NotNull(report.ResolvedBy);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityId == reportId || e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("report.remove-content", audit);
        Assert.Contains("resource.remove", audit);

        // A coordinator of the city cannot publish it again; an admin can.
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Common.Auth.Roles.Coordinator, cities: [city]));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync($"/api/v1/resources/{id}/publish", new { version = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/resources/{id}/publish", new { version = 2 })).StatusCode);
    }

    [Fact]
    public async Task A_second_open_report_by_the_same_person_is_refused_with_409()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var id = await factory.AddResourceAsync("รายงานซ้ำ", cityId: city);
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        var body = new { contentType = "resource", contentId = id, reason = "outdated", details = "เก่าแล้ว" };
        var first = await learner.PostAsJsonAsync("/api/v1/reports", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await learner.PostAsJsonAsync("/api/v1/reports", body)).StatusCode);
        var page = await learner.SubmitFormAsync($"/resources/{id}", new Dictionary<string, string> { ["Input.Reason"] = "other" }, "#report-form");
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains(Html.FieldErrors(await Html.ParseAsync(page)), e => e.Contains("แจ้งปัญหารายการนี้ไว้แล้ว"));
        var another = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.Created, (await another.PostAsJsonAsync("/api/v1/reports", body)).StatusCode);
    }

    [Fact]
    public async Task Simultaneous_reports_by_one_person_leave_one_open_report_and_the_rest_are_refused_with_409()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var id = await factory.AddResourceAsync("รายงานพร้อมกัน", cityId: city);
        var user = await factory.CreateAsync();
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.LoginAsync(user)));
        var body = new { contentType = "resource", contentId = id, reason = "outdated" };

        var answers = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/v1/reports", body)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ContentReports.CountAsync(r => r.ContentId == id && r.ContentType == "resource" && r.ReporterId == user.Id)));
    }

    [Fact]
    public async Task Reports_through_the_api_cover_spaces_and_funding_and_bad_input_gets_field_errors()
    {
        var (spaceId, fundingId) = await factory.WithDbAsync(async db =>
        {
            var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var space = new LearningSpace { Name = new BilingualText("ห้องสมุดทดสอบ"), Type = SpaceType.PublicLibrary, ProvinceCode = "TH-10", Status = PublicationStatus.Published, CreatedAt = now, UpdatedAt = now, Version = 1 };
            var funding = new FundingSource { Funder = new BilingualText("กองทุนทดสอบ"), Programme = new BilingualText("ทุนทดสอบ"), Status = PublicationStatus.Published, CreatedAt = now, UpdatedAt = now, Version = 1 };
            db.LearningSpaces.Add(space);
            db.FundingSources.Add(funding);
            await db.SaveChangesAsync();
            return (space.Id, funding.Id);
        });
        var learner = await factory.LoginAsync(await factory.CreateAsync());
        var space = await learner.PostAsJsonAsync("/api/v1/reports", new { contentType = "space", contentId = spaceId, reason = "broken-link" });
        var funding = await learner.PostAsJsonAsync("/api/v1/reports", new { contentType = "funding", contentId = fundingId, reason = "inappropriate" });
        Assert.Equal(HttpStatusCode.Created, space.StatusCode);
        Assert.Equal(HttpStatusCode.Created, funding.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await learner.PostAsJsonAsync("/api/v1/reports", new { contentType = "space", contentId = 999999, reason = "other" })).StatusCode);
        var bad = await learner.PostAsJsonAsync("/api/v1/reports", new { contentType = "poem", reason = "boring" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("contentType", out _));
        Assert.True(errors.TryGetProperty("contentId", out _));
        Assert.True(errors.TryGetProperty("reason", out _));

        var admin = await factory.AdminAsync();
        var open = await (await admin.GetAsync("/api/v1/admin/reports")).JsonAsync();
        var spaceReport = open.EnumerateArray().Single(r => r.GetProperty("contentType").GetString() == "space" && r.GetProperty("contentId").GetInt32() == spaceId);
        Assert.Equal("ห้องสมุดทดสอบ", spaceReport.GetProperty("contentTitle").GetString());
        var fundingReportId = (await funding.JsonAsync()).GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/reports/{spaceReport.GetProperty("id").GetInt64()}/remove-content", new { note = "ปิดถาวร" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/v1/admin/reports/{fundingReportId}/dismiss", new { note = "ข้อมูลถูกต้อง" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/admin/reports/{fundingReportId}/dismiss", new { note = "ซ้ำ" })).StatusCode);

        Assert.Equal(PublicationStatus.Removed, await factory.WithDbAsync(db => db.LearningSpaces.Where(s => s.Id == spaceId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(PublicationStatus.Published, await factory.WithDbAsync(db => db.FundingSources.Where(f => f.Id == fundingId).Select(f => f.Status).SingleAsync()));
        var dismissed = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "report.dismiss" && e.EntityId == fundingReportId.ToString()));
        Assert.Equal("Open", JsonDocument.Parse(dismissed.Before!).RootElement.GetProperty("Status").GetString());
        Assert.Equal("ข้อมูลถูกต้อง", JsonDocument.Parse(dismissed.After!).RootElement.GetProperty("ResolutionNote").GetString());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "space.remove" && e.EntityId == spaceId.ToString())));
    }
}
