using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Resources.Import;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Import;

/// <summary>Jobs wait in the queue here until a test runs them: the runner looks once at start, then once an hour.</summary>
public sealed class QueuedImportJobFactory : AppFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Import:BackgroundThresholdRows", "2"), new("Import:PollSeconds", "3600")];

    public Task<bool> RunNextJobAsync() =>
        Services.GetServices<IHostedService>().OfType<ImportJobRunner>().Single().RunNextAsync(TestContext.Current.CancellationToken);
}

public sealed class QueuedImportJobTests(QueuedImportJobFactory factory) : IClassFixture<QueuedImportJobFactory>
{
    private async Task<(int City, HttpClient Client, Guid UserId, string Url, string Prefix)> QueueSpacesAsync()
    {
        var (city, client, user) = await factory.CoordinatorAsync();
        var prefix = CityTestData.Unique("ลานคิว");
        var rows = Enumerable.Range(1, 3).Select(i => SpaceRow($"{prefix} {i}")).ToArray();
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false&publish=true", File(Csv(SpaceHeader, rows)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.Equal("Queued", (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("status").GetString());
        return (city, client, user.Id, url, prefix);
    }

    [Fact]
    public async Task A_queued_job_whose_creator_lost_the_city_imports_nothing_and_says_why()
    {
        var (city, client, userId, url, prefix) = await QueueSpacesAsync();
        await factory.WithDbAsync(db => db.CityScopes.Where(s => s.UserId == userId && s.CityId == city).ExecuteDeleteAsync());

        Assert.True(await factory.RunNextJobAsync());

        var job = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Done", job.GetProperty("status").GetString());
        Assert.Equal(0, job.GetProperty("imported").GetInt32());
        Assert.Contains("ไม่มีสิทธิ์เผยแพร่ในนามของผู้เผยแพร่นี้แล้ว", job.GetProperty("report").GetRawText());
        Assert.Equal(0, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
    }

    [Fact]
    public async Task A_queued_job_whose_creator_may_still_publish_imports_every_row()
    {
        var (_, client, _, url, prefix) = await QueueSpacesAsync();

        Assert.True(await factory.RunNextJobAsync());

        var job = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(("Done", 3), (job.GetProperty("status").GetString(), job.GetProperty("imported").GetInt32()));
        Assert.Equal(3, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
    }
}
