using System.Text;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Import;

public sealed class ImportJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Header = "name_th,name_en,type,province_code,latitude,longitude,opening_hours,is_free";

    private static FilePayload Csv(string name, params string[] rows) => new()
    {
        Name = name, MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"),
    };

    [Fact]
    public async Task Coordinator_sees_the_bad_row_nothing_is_imported_then_imports_the_corrected_file()
    {
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครพิษณุโลก").Select(c => c.Id).FirstAsync());
        var prefix = $"ลานเรียนรู้นำเข้า {Guid.NewGuid().ToString("N")[..6]}";
        var good = $"{prefix} หนึ่ง,Learning yard one,Park,TH-65,16.82,100.26,Mon-Fri 08:30-16:30; Sat 09:00-12:00,true";
        var badLatitude = $"{prefix} สอง,Learning yard two,Museum,TH-65,45.1,100.27,Sat-Sun 09:00-17:00,false";
        var fixedLatitude = badLatitude.Replace(",45.1,", ",16.83,", StringComparison.Ordinal);

        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Coordinator, cities: [city]));
        await page.GotoAsync("/spaces");
        await page.ClickAsync("#import-link");
        await Assertions.Expect(page.Locator("#Kind")).ToHaveValueAsync("space");
        await page.SelectOptionAsync("#Publisher", $"city:{city}");

        // The first file has a latitude outside Thailand on row 3: the report names it and nothing is imported.
        await page.SetInputFilesAsync("#Upload", Csv("spaces.csv", good, badLatitude));
        await page.ClickAsync("#commit");
        await Assertions.Expect(page.Locator("#import-failed")).ToBeVisibleAsync();
        var bad = page.Locator("tr.import-row[data-ok=false]");
        await Assertions.Expect(bad).ToHaveAttributeAsync("data-row", "3");
        await Assertions.Expect(bad.Locator("li[data-column=latitude]")).ToBeVisibleAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));

        // The corrected file goes through.
        await page.SelectOptionAsync("#Kind", "space");
        await page.SelectOptionAsync("#Publisher", $"city:{city}");
        await page.SetInputFilesAsync("#Upload", Csv("spaces-fixed.csv", good, fixedLatitude));
        await page.CheckAsync("#PublishNow");
        await page.ClickAsync("#commit");
        await Assertions.Expect(page.Locator("#import-success")).ToBeVisibleAsync();
        Assert.Equal(2, await app.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
    }

    [Fact]
    public async Task Admin_checks_a_city_file_then_imports_it_without_choosing_it_again()
    {
        const string header = "name_th,name_en,local_government_type,province_code,population,area_km2,leader_name,leader_title,coordinator_name,coordinator_email,coordinator_phone,website,joined_network_year,unesco_gnlc_member_since,vision_th,vision_en";
        var prefix = $"เทศบาลตำบลสองขั้น {Guid.NewGuid().ToString("N")[..6]}";
        string Row(string name) => $"{name},{name} EN,SubdistrictMunicipality,TH-54,1200,12.5,ผู้นำ,นายก,ผู้ประสาน,c@example.org,02 000 0000,https://example.org,2024,,วิสัยทัศน์,Vision";
        var file = new FilePayload { Name = "เมือง.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(header + "\n" + Row(prefix + " 1") + "\n" + Row(prefix + " 2") + "\n") };

        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Admin));
        await page.GotoAsync("/admin/cities/import");
        // Nothing has been sent yet, so nothing is wrong yet.
        await Assertions.Expect(page.Locator(".field-validation-error, .validation-summary-errors")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("required");

        await page.SetInputFilesAsync("#Upload", file);
        await page.ClickAsync("button[name=Mode][value=dryrun]");
        await Assertions.Expect(page.Locator("tr.import-row[data-ok=true]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#staged-file")).ToContainTextAsync("เมือง.csv");
        Assert.Equal(0, await app.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix))));

        // The browser's file field is empty again after the round trip; the import still runs on the checked file.
        Assert.Equal(0, await page.Locator("#Upload").EvaluateAsync<int>("e => e.files.length"));
        await page.ClickAsync("button[name=Mode][value=import]");
        await Assertions.Expect(page.Locator("#import-report")).ToContainTextAsync("นำเข้าเมืองแล้ว 2 เมือง");
        Assert.Equal(2, await app.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix))));
    }
}
