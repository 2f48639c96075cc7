using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Faults;

/// <summary>What fault tests read straight from the database of an application process, and its demo accounts.</summary>
internal static class FaultData
{
    /// <summary>A context on the test database, as the application's own (same provider, same model).</summary>
    public static AppDbContext Open(TestDatabase db) => Open(db.ConnectionString);

    public static AppDbContext Open(string connectionString)
    {
        if (TestDatabase.IsPostgres)
        {
            var o = new DbContextOptionsBuilder<PostgresAppDbContext>();
            DatabaseSetup.ConfigurePostgres(o, connectionString);
            return new PostgresAppDbContext(o.Options);
        }
        var s = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(s, connectionString + ";Pooling=false");
        return new SqliteAppDbContext(s.Options);
    }

    public static async Task<T> QueryAsync<T>(TestDatabase db, Func<AppDbContext, Task<T>> query)
    {
        await using var context = Open(db);
        return await query(context);
    }

    /// <summary>A demo account of the seeded database (its password is in the folder's demo-accounts.txt).</summary>
    public static TestUser DemoAccount(TestDatabase db, string localPart)
    {
        foreach (var line in File.ReadAllLines(Path.Combine(db.Directory, "demo-accounts.txt")))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2 && parts[0].StartsWith(localPart + "@", StringComparison.Ordinal))
                return new TestUser(Guid.Empty, parts[0], parts[1], null);
        }
        throw new InvalidOperationException($"No demo account {localPart} in {db.Directory}");
    }

    /// <summary>Polls a JSON address until the condition holds; fails after the time given.</summary>
    public static async Task<JsonElement> PollJsonAsync(HttpClient client, string url, Func<JsonElement, bool> until, TimeSpan within, int everyMs = 20)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement last = default;
        while (clock.Elapsed < within)
        {
            last = await client.GetFromJsonAsync<JsonElement>(url);
            if (until(last)) return last;
            await Task.Delay(everyMs);
        }
        throw new TimeoutException($"{url} did not reach the expected state within {within.TotalSeconds} s; last: {last}");
    }
}
