using LearningCity.Common.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Infrastructure;

/// <summary>
/// The real application on its own database (SQLite or PostgreSQL, see TestDatabase), as it is after a first start
/// (see SeededDatabase), with e-mail going to a pickup folder the test can read. One factory per test class; tests in
/// a class use distinct data.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _db;

    static AppFactory()
    {
        // A host watches its settings files and its web root with inotify instances, which the system allows 128 of per
        // user, and the web root's are not released when a host stops: a run starts hundreds of hosts, two test
        // processes at a time. The tests never change those files, so no host watches its settings, and file providers
        // poll instead of holding inotify instances (DisposeAsync also releases the web root's).
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
    public TestDatabase Database => _db ?? throw new InvalidOperationException("InitializeAsync has not run.");
    public Mailbox Mailbox => new(Path.Combine(Database.Directory, "mail"));

    /// <summary>Extra settings a test class needs (e.g. a low rate limit).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>
    /// Whether the host starts on a copy of the test run's seeded database (<see cref="SeededDatabase"/>), which holds
    /// exactly what a first start writes, instead of migrating and seeding a fresh one. A factory whose settings or
    /// services change what the seed writes (its clock, its search sources) starts fresh.
    /// </summary>
    protected virtual bool StartsFromSeededCopy => true;

    public virtual async ValueTask InitializeAsync()
    {
        _db = StartsFromSeededCopy ? await SeededDatabase.CopyAsync() : await TestDatabase.CreateAsync();
        _ = Services; // start the host now: migrations and seed run once, before the first test
    }

    /// <summary>Stops the host and hands over its database instead of deleting it.</summary>
    internal async Task<TestDatabase> StopAndKeepDatabaseAsync()
    {
        var db = Database;
        _db = null;
        await DisposeAsync();
        return db;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting(TestDatabase.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", Database.ConnectionString);
        builder.UseSetting("Email:PickupDirectory", Path.Combine(Database.Directory, "mail"));
        builder.UseSetting("Email:PollSeconds", "0.1");
        builder.UseSetting("Files:Root", Path.Combine(Database.Directory, "files"));
        builder.UseSetting("Search:IndexPath", Path.Combine(Database.Directory, "index"));
        builder.UseSetting("Search:PollSeconds", "0.1");
        builder.UseSetting("Search:WarmupSearches", "0"); // SearchReadinessTests turns it on
        builder.UseSetting("RateLimits:AuthPerMinute", "100000");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoAccountsFile", Path.Combine(Database.Directory, "demo-accounts.txt"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        // Expected in tests and repeated hundreds of times: a fresh database has no migrations table yet, races answered 409
        // log the refused statement, and each app gets a new key ring. A failing test shows its own message instead.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Query", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // The real PBKDF2 hasher with fewer rounds: the tests create and sign in hundreds of accounts, and at the
        // production work factor hashing alone took minutes of the run. Hashes stay in the same format.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>Waits until /health/ready answers 200: the database is reachable and the search index has caught up (fails after 30 s).</summary>
    public async Task WaitUntilReadyAsync()
    {
        var client = CreateClient();
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(100))
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == System.Net.HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("/health/ready did not answer 200 within 30 s");
    }

    public HttpClient CreateBrowserlessClient(bool followRedirects = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            try
            {
                var env = Services.GetService<IWebHostEnvironment>();
                (env?.WebRootFileProvider as IDisposable)?.Dispose();
                (env?.ContentRootFileProvider as IDisposable)?.Dispose();
            }
            catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException) { } // the host never started or is gone
        }
        await base.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
