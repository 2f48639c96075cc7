using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Import;

/// <summary>Files of more than two rows become background jobs here.</summary>
public sealed class ImportJobFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Import:BackgroundThresholdRows", "2"), new("Import:PollSeconds", "0.1")];
}

public sealed class ImportJobTests(ImportJobFactory factory) : IClassFixture<ImportJobFactory>
{
    private static async Task<JsonElement> WaitForEndAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(url);
            if (job.GetProperty("status").GetString() is "Done" or "Failed") return job;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        throw new Xunit.Sdk.XunitException("The import job did not finish in 30 s");
    }

    [Fact]
    public async Task A_long_file_becomes_a_job_that_imports_every_row_and_only_its_creator_sees()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = CityTestData.Unique("ลานงาน");
        var rows = Enumerable.Range(1, 5).Select(i => SpaceRow($"{prefix} {i}")).ToArray();
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false&publish=true", File(Csv(SpaceHeader, rows)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var url = accepted.GetProperty("url").GetString()!;
        Assert.Equal(url, response.Headers.Location!.OriginalString);

        var job = await WaitForEndAsync(client, url);
        Assert.Equal("Done", job.GetProperty("status").GetString());
        Assert.Equal((5, 5, 5), (job.GetProperty("total").GetInt32(), job.GetProperty("processed").GetInt32(), job.GetProperty("imported").GetInt32()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
        var ids = await factory.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th.StartsWith(prefix)).Select(s => s.Id.ToString()).ToListAsync());
        Assert.Equal(5, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "space.import" && ids.Contains(a.EntityId))));

        var pageUrl = accepted.GetProperty("page").GetString()!;
        var page = await client.GetPageAsync(pageUrl);
        Assert.Equal("Done", page.QuerySelector("#job-progress")!.GetAttribute("data-status"));
        Assert.NotNull(page.QuerySelector("#import-success"));

        var stranger = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(pageUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url)).StatusCode);
        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(pageUrl)).StatusCode);
    }

    [Fact]
    public async Task A_job_with_a_bad_row_ends_with_its_report_and_writes_nothing()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = CityTestData.Unique("ลานงานผิด");
        var rows = Enumerable.Range(1, 4).Select(i => SpaceRow($"{prefix} {i}", latitude: i == 3 ? "40" : "18.7")).ToArray();
        var form = new Dictionary<string, string> { ["Publisher"] = $"city:{city}", ["Kind"] = "space", ["Mode"] = "import" };
        var response = await client.PostMultipartAsync("/import", form, "Upload", Csv(SpaceHeader, rows), "spaces.csv", "text/csv", "#import-form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var pageUrl = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/import/jobs/", pageUrl, StringComparison.Ordinal);

        var progress = await client.GetPageAsync(pageUrl + "?handler=Progress");
        Assert.NotNull(progress.QuerySelector("#job-progress"));
        var job = await WaitForEndAsync(client, "/api/v1" + pageUrl);
        Assert.Equal(0, job.GetProperty("imported").GetInt32());
        var bad = job.GetProperty("report").GetProperty("rows").EnumerateArray().Single(r => !r.GetProperty("ok").GetBoolean());
        Assert.Equal(4, bad.GetProperty("row").GetInt32());
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
        var page = await client.GetPageAsync(pageUrl);
        Assert.Null(page.QuerySelector("main [hx-trigger]"));
        Assert.Equal("4", page.QuerySelector("tr.import-row[data-ok=false]")!.GetAttribute("data-row"));
    }
}
