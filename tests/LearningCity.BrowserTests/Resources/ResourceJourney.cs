using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Resources;

public sealed class ResourceJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Coordinator_publishes_a_resource_a_learner_reports_it_and_the_admin_removes_it()
    {
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครพิษณุโลก").Select(c => c.Id).FirstAsync());
        var title = $"ห้องเรียนริมน่าน {Guid.NewGuid().ToString("N")[..6]}";

        // A coordinator writes a draft for their city, then publishes it.
        var coordinator = await app.NewPageAsync();
        await coordinator.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [city]));
        await coordinator.GotoAsync("/resources/new");
        await coordinator.SelectOptionAsync("#Publisher", $"city:{city}");
        await coordinator.SelectOptionAsync("#Input_Type", "Toolkit");
        await coordinator.FillAsync("#Input_TitleTh", title);
        await coordinator.FillAsync("#Input_SummaryTh", "กิจกรรมเรียนรู้ริมแม่น้ำน่านสำหรับครอบครัว");
        await coordinator.FillAsync("#Input_BodyTh", "## เริ่มต้น\nพาเด็ก ๆ **สำรวจ** ริมน้ำ");
        await coordinator.CheckAsync("#topic-environment");
        await coordinator.CheckAsync("#audience-Children");
        await coordinator.ClickAsync("#save-draft");
        await coordinator.ExpectAddressAsync(@"/resources/\d+$");
        var url = new Uri(coordinator.Url).AbsolutePath;
        await Assertions.Expect(coordinator.Locator("#resource-status")).ToBeVisibleAsync();
        await Assertions.Expect(coordinator.Locator("#resource-body h2")).ToHaveTextAsync("เริ่มต้น");
        await coordinator.ClickAsync("#publish-form button");
        await Assertions.Expect(coordinator.Locator("#resource-status")).ToHaveCountAsync(0);
        await Assertions.Expect(coordinator.Locator("#unpublish-form")).ToBeVisibleAsync();

        // A signed-in learner finds it on the list by filtering, and reports it.
        var learner = await app.NewPageAsync();
        await learner.LoginAsync(await app.CreateAsync(Roles.Learner));
        await learner.GotoAsync("/resources");
        await learner.SelectOptionAsync("#filter-topic", "environment");
        await learner.ExpectAddressAsync("topic=environment");
        await learner.ClickAsync($"#resource-list a:has-text('{title}')");
        await Assertions.Expect(learner.Locator("#resource-title")).ToHaveTextAsync(title);
        await learner.SelectOptionAsync("#report-reason", "incorrect");
        await learner.FillAsync("#report-details", "สถานที่ปิดปรับปรุงแล้ว");
        await learner.ClickAsync("#report-form button[type=submit]");
        await Assertions.Expect(learner.Locator("main .alert-success")).ToBeVisibleAsync();

        // The admin sees the report and removes the resource.
        var admin = await app.NewPageAsync();
        await admin.LoginAsync(await app.CreateAsync(Roles.Admin));
        await admin.GotoAsync("/admin/reports");
        var report = admin.Locator(".open-report", new() { HasText = title });
        await Assertions.Expect(report).ToContainTextAsync("สถานที่ปิดปรับปรุงแล้ว");
        await report.Locator("input[name=note]").FillAsync("ข้อมูลไม่เป็นปัจจุบัน");
        await report.Locator("button.btn-danger").ClickAsync();
        await Assertions.Expect(admin.Locator(".open-report", new() { HasText = title })).ToHaveCountAsync(0);

        var gone = await learner.GotoAsync(url);
        Assert.Equal(404, gone!.Status);
        await learner.GotoAsync("/resources");
        await Assertions.Expect(learner.Locator("#resource-list")).Not.ToContainTextAsync(title);
    }
}
