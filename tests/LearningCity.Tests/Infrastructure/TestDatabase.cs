using Npgsql;

namespace LearningCity.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on: TEST_DB=sqlite (default, a fresh file) or TEST_DB=postgres
/// (a fresh database on the server named by TEST_PG, dropped afterwards).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string Provider => (Environment.GetEnvironmentVariable("TEST_DB") ?? "sqlite").ToLowerInvariant();
    public static bool IsPostgres => Provider == "postgres";

    public string Directory { get; }
    public string ConnectionString { get; }
    private readonly string? _postgresName;

    private TestDatabase(string directory, string connectionString, string? postgresName)
    {
        Directory = directory;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    public static Task<TestDatabase> CreateAsync() => CreateAsync(template: null);

    private static async Task<TestDatabase> CreateAsync(string? template)
    {
        var dir = Path.Combine(Path.GetTempPath(), "tlc-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        if (!IsPostgres)
            return new TestDatabase(dir, $"Data Source={Path.Combine(dir, "test.db")}", null);

        var server = Environment.GetEnvironmentVariable("TEST_PG")
                     ?? throw new InvalidOperationException("TEST_DB=postgres needs TEST_PG, a connection string to a PostgreSQL server.");
        var name = "tlc_" + Guid.NewGuid().ToString("N");
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}", conn);
            // A template must have no sessions; the server's own background workers may visit it for a moment.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await cmd.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
                {
                    await Task.Delay(200 * attempt);
                }
            }
        }
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(dir, cs, name);
    }

    /// <summary>
    /// A new database with this one's content: its folder (search index, files, mail, demo accounts) copied, and on
    /// PostgreSQL a database created from this one as its template. Nothing may be connected to this one meanwhile.
    /// </summary>
    public async Task<TestDatabase> CopyAsync()
    {
        var copy = await CreateAsync(template: _postgresName);
        CopyFolder(Directory, copy.Directory);
        return copy;
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        foreach (var folder in System.IO.Directory.EnumerateDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("TEST_PG"));
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
