using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Import;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static LearningCity.Tests.Import.ImportTestData;

namespace LearningCity.Tests.Faults;

/// <summary>
/// Import jobs that a test runs by hand, on a database that can be made to fail every statement of the job's own flow
/// right after its import transaction commits (the node losing its database, or dying, at that moment).
/// </summary>
public sealed class FailingAfterCommitFactory : AppFactory
{
    public static readonly AsyncLocal<CommitFault?> Fault = new();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Import:BackgroundThresholdRows", "2"), new("Import:PollSeconds", "3600"), new("Import:LockSeconds", "1")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var interceptor = new FailAfterCommit();
            if (TestDatabase.IsPostgres) services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(interceptor));
            else services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(interceptor));
        });
    }

    public Task<bool> RunNextJobAsync() =>
        Services.GetServices<IHostedService>().OfType<ImportJobRunner>().Single().RunNextAsync(TestContext.Current.CancellationToken);

    public sealed class CommitFault
    {
        public bool Committed;
        public bool Failing => Committed;
    }

    /// <summary>Only the flow that set <see cref="Fault"/> is affected; the app's background services go on as usual.</summary>
    private sealed class FailAfterCommit : DbTransactionInterceptor, IDbCommandInterceptor
    {
        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
        {
            if (Fault.Value is { } fault) fault.Committed = true;
            return Task.CompletedTask;
        }

        private static void ThrowIfFailing()
        {
            if (Fault.Value is { Failing: true }) throw new InvalidOperationException("Simulated: the database is gone after the commit");
        }

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            ThrowIfFailing();
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken ct = default)
        {
            ThrowIfFailing();
            return ValueTask.FromResult(result);
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken ct = default)
        {
            ThrowIfFailing();
            return ValueTask.FromResult(result);
        }
    }
}

public sealed class ImportJobCommitTests(FailingAfterCommitFactory factory) : IClassFixture<FailingAfterCommitFactory>
{
    [Fact]
    public async Task A_job_whose_rows_committed_is_done_with_them_even_when_its_node_fails_right_after_the_commit()
    {
        var (city, client, _) = await factory.CoordinatorAsync();
        var prefix = CityTestData.Unique("ลานหลังบันทึก");
        var rows = Enumerable.Range(1, 3).Select(i => SpaceRow($"{prefix} {i}")).ToArray();
        var response = await client.PostAsync($"/api/v1/import/space?cityId={city}&dryRun=false&publish=true", File(Csv(SpaceHeader, rows)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;

        // The node imports the rows, and everything it does after the commit fails.
        var fault = new FailingAfterCommitFactory.CommitFault();
        await RunWithFaultAsync(fault);
        Assert.True(fault.Committed, "The import transaction did not commit");
        Assert.Equal(3, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));

        // Once its lock has expired, the job is not run a second time (which would report the rows as duplicates).
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        await factory.RunNextJobAsync();

        var job = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(("Done", 3), (job.GetProperty("status").GetString(), job.GetProperty("imported").GetInt32()));
        Assert.All(job.GetProperty("report").GetProperty("rows").EnumerateArray(), r => Assert.True(r.GetProperty("ok").GetBoolean(), r.ToString()));
        Assert.Equal(3, await factory.WithDbAsync(db => db.LearningSpaces.CountAsync(s => s.Name.Th.StartsWith(prefix))));
    }

    private async Task RunWithFaultAsync(FailingAfterCommitFactory.CommitFault fault)
    {
        FailingAfterCommitFactory.Fault.Value = fault;
        try
        {
            await factory.RunNextJobAsync();
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Simulated", StringComparison.Ordinal))
        {
            // What the failure does to the node's pass is not the point: what the job says afterwards is.
        }
        finally
        {
            FailingAfterCommitFactory.Fault.Value = null;
        }
    }
}
