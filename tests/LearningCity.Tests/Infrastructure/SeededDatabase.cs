using Microsoft.Data.Sqlite;
using Npgsql;

[assembly: AssemblyFixture(typeof(LearningCity.Tests.Infrastructure.SeededDatabase.Cleanup))]

namespace LearningCity.Tests.Infrastructure;

/// <summary>
/// The first start of the application, done once per test run: a host migrates and seeds a fresh database (with
/// its search index and files), stops, and every factory then starts on a copy of it. Migrating and seeding took
/// two of the three seconds of each of some ninety host starts.
/// </summary>
internal static class SeededDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestDatabase? _seeded;

    public static async Task<TestDatabase> CopyAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _seeded ??= await SeedAsync();
            return await _seeded.CopyAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<TestDatabase> SeedAsync()
    {
        var host = new FreshHost();
        await host.InitializeAsync();
        await host.WaitUntilReadyAsync(); // the seed's changes are in the search index too
        var seeded = await host.StopAndKeepDatabaseAsync();
        // Nothing may stay connected to the database that is copied: pooled connections hold it open.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return seeded;
    }

    /// <summary>Deletes the seeded database when the test run ends.</summary>
    public sealed class Cleanup : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (_seeded is { } seeded) await seeded.DisposeAsync();
            _seeded = null;
        }
    }

    private sealed class FreshHost : AppFactory
    {
        protected override bool StartsFromSeededCopy => false;
    }
}
