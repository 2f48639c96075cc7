using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Forms;

/// <summary>The import pages: no error before anything is sent, and "import" after a dry run without choosing the file again.</summary>
public sealed class TwoStepImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string CityHeader = "name_th,name_en,local_government_type,province_code,population,area_km2,leader_name,leader_title,coordinator_name,coordinator_email,coordinator_phone,website,joined_network_year,unesco_gnlc_member_since,vision_th,vision_en";

    private static string CityRow(string nameTh) =>
        $"{nameTh},{nameTh} EN,SubdistrictMunicipality,TH-54,1200,12.5,ผู้นำ,นายก,ผู้ประสาน,c@example.org,02 000 0000,https://example.org,2024,,วิสัยทัศน์,Vision";

    /// <summary>Posts a form of a page already shown (with its hidden fields, as a browser would) as multipart, with no file chosen.</summary>
    private static async Task<HttpResponseMessage> PostAgainAsync(HttpClient client, IHtmlDocument page, string url, string mode)
    {
        var form = (IHtmlFormElement)page.QuerySelector("main form[enctype]")!;
        var content = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "Mode") continue;
            var value = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio" } i => i.IsChecked ? i.Value : null,
                IHtmlInputElement { Type: "file" or "submit" } => null,
                IHtmlInputElement i => i.Value,
                IHtmlSelectElement s => s.SelectedOptions.Length > 0 ? s.SelectedOptions[0].Value : null,
                _ => null,
            };
            if (value is not null) content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(mode), "Mode");
        return await client.PostAsync(url, content);
    }

    [Fact]
    public async Task The_import_pages_open_without_any_error()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var cities = await admin.GetPageAsync("/admin/cities/import");
        Assert.Empty(Html.FieldErrors(cities));
        Assert.DoesNotContain("required", cities.Body!.TextContent, StringComparison.OrdinalIgnoreCase);

        var (_, coordinator, _) = await factory.CoordinatorAsync();
        foreach (var url in new[] { "/import", "/import?kind=", "/import?kind=space" })
        {
            var page = await coordinator.GetPageAsync(url);
            Assert.Empty(Html.FieldErrors(page));
            Assert.Null(page.QuerySelector(".alert-danger"));
            Assert.DoesNotContain("field is required", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_a_dry_run_the_city_import_runs_on_the_checked_file_without_sending_it_again()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var prefix = CityTestData.Unique("สองขั้น");
        var csv = Encoding.UTF8.GetBytes(CityHeader + "\r\n" + CityRow(prefix + " 1") + "\r\n" + CityRow(prefix + " 2") + "\r\n");
        var dry = await Html.ParseAsync(await admin.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string>(), "Upload", csv, "เมืองใหม่.csv", "text/csv"));
        Assert.Equal(2, dry.QuerySelectorAll(".import-row[data-ok=true]").Length);
        Assert.Contains("เมืองใหม่.csv", dry.QuerySelector("#staged-file")!.TextContent, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", dry.QuerySelector("input[name=Staged]")!.GetAttribute("value"));

        var real = await PostAgainAsync(admin, dry, "/admin/cities/import", "import");
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        var done = await Html.ParseAsync(real);
        Assert.Contains("นำเข้าเมืองแล้ว 2 เมือง", done.QuerySelector("#import-report")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("input[name=Staged]"));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix))));

        // The kept file is gone after the import: sending the same token again imports nothing twice.
        var again = await PostAgainAsync(admin, dry, "/admin/cities/import", "import");
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("โปรดเลือกไฟล์ CSV อีกครั้ง", string.Join(" ", Html.FieldErrors(await Html.ParseAsync(again))), StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix))));
    }

    [Fact]
    public async Task A_checked_file_is_kept_only_for_whoever_sent_it()
    {
        var first = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var other = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var prefix = CityTestData.Unique("ของคนอื่น");
        var csv = Encoding.UTF8.GetBytes(CityHeader + "\r\n" + CityRow(prefix + " 1") + "\r\n");
        var dry = await Html.ParseAsync(await first.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string>(), "Upload", csv, "a.csv", "text/csv"));
        var token = dry.QuerySelector("input[name=Staged]")!.GetAttribute("value")!;

        var stolen = await other.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string> { ["Mode"] = "import", ["Staged"] = token }, "Upload", null, "");
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Cities.CountAsync(c => c.Name.Th.StartsWith(prefix))));
        var forged = await first.PostMultipartAsync("/admin/cities/import", new Dictionary<string, string> { ["Mode"] = "import", ["Staged"] = "../../appsettings" }, "Upload", null, "");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task After_a_dry_run_the_space_import_runs_on_the_checked_file_and_reads_thai_opening_hours()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = CityTestData.Unique("ห้องสมุดสองขั้น");
        var csv = Csv(SpaceHeader, SpaceRow(prefix + " 1", hours: "08:30-16:30 น."), SpaceRow(prefix + " 2", hours: "จ-ศ 8.30-16.30 น.; ส 09.00–12.00 น."));
        var dry = await Html.ParseAsync(await client.PostMultipartAsync("/import?kind=space", new Dictionary<string, string> { ["Kind"] = "space" }, "Upload", csv, "spaces.csv", "text/csv"));
        Assert.Null(dry.QuerySelector(".import-row[data-ok=false]"));
        Assert.NotNull(dry.QuerySelector("#staged-file"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));

        var real = await PostAgainAsync(client, dry, "/import?kind=space", "import");
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        var spaces = await factory.WithDbAsync(db => db.LearningSpaces.AsNoTracking().Where(s => s.Name.Th.StartsWith(prefix)).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(2, spaces.Count);
        Assert.Equal(7, spaces[0].OpeningHours.Count);
        Assert.All(spaces[0].OpeningHours, h => Assert.Equal((new TimeOnly(8, 30), new TimeOnly(16, 30)), (h.Opens, h.Closes)));
        Assert.Equal(6, spaces[1].OpeningHours.Count);
        Assert.Equal(new TimeOnly(12, 0), spaces[1].OpeningHours.Single(h => h.Day == DayOfWeek.Saturday).Closes);
        Assert.Equal(city, spaces[0].CityId);
    }
}
