using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Cities;

public sealed class CityDirectoryJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ChiangMai = "เทศบาลนครเชียงใหม่";
    private const string KhonKaen = "เทศบาลนครขอนแก่น";

    private Task<int> DemoCityIdAsync(string nameTh) =>
        app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == nameTh).Select(c => c.Id).FirstAsync());

    [Fact]
    public async Task Visitor_filters_the_directory_by_region_and_type_and_opens_a_profile()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/cities");
        var list = page.Locator("#city-list");
        await Assertions.Expect(list).ToContainTextAsync(ChiangMai);

        // Changing the region updates the results in place (htmx) and narrows the province list.
        await page.SelectOptionAsync("#filter-region", "northeast");
        await Assertions.Expect(list).Not.ToContainTextAsync(ChiangMai);
        await Assertions.Expect(list).ToContainTextAsync(KhonKaen);
        await Assertions.Expect(page.Locator("#filter-province option[value='TH-50']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#filter-province option[value='TH-40']")).ToHaveCountAsync(1);
        await page.ExpectAddressAsync("region=northeast");

        await page.SelectOptionAsync("#filter-type", "CityMunicipality");
        await Assertions.Expect(page.Locator(".city-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1");
        await page.ExpectAddressAsync("type=CityMunicipality");

        await page.ClickAsync($"#city-list a:has-text('{KhonKaen}')");
        await Assertions.Expect(page.Locator("#city-name")).ToHaveTextAsync(KhonKaen);
        await Assertions.Expect(page.Locator(".demo-badge")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Coordinator_edits_their_citys_vision_and_is_refused_another_city()
    {
        var own = await DemoCityIdAsync("เทศบาลนครพิษณุโลก");
        var other = await DemoCityIdAsync(KhonKaen);
        var coordinator = await app.CreateAsync(Roles.Coordinator, cities: [own]);
        var page = await app.NewPageAsync();
        await page.LoginAsync(coordinator);

        await page.GotoAsync($"/cities/{own}");
        await page.ClickAsync("#edit-city");
        await page.FillAsync("textarea[name='Input.VisionTh']", "พิษณุโลกเมืองที่ทุกวัยเรียนรู้ร่วมกัน");
        await page.ClickAsync("main form button[type=submit]");
        await page.ExpectAddressAsync($"/cities/{own}$");
        await Assertions.Expect(page.Locator("#city-vision")).ToHaveTextAsync("พิษณุโลกเมืองที่ทุกวัยเรียนรู้ร่วมกัน");

        var response = await page.GotoAsync($"/cities/{other}/edit");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("ไม่มีสิทธิ์เข้าถึง");
    }
}
