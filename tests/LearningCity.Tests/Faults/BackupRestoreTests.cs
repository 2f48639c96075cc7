using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LearningCity.Tests.Faults;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh around a running application (a real process): a learner signs in and
/// fetches a credential, the platform is backed up, its database, files and search index are wiped, the archive is
/// restored into a new database and files folder, and the application started on them has the same data (row count
/// and content checksum of every table), honours the old sign-in cookie, still verifies the credential, serves the
/// files and finds the same content in a search index it rebuilt from the database.
/// </summary>
public sealed class BackupRestoreTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private string _work = null!;
    private string? _restoredPostgres;

    public async ValueTask InitializeAsync()
    {
        _db = await SeededDatabase.CopyAsync();
        _work = Directory.CreateTempSubdirectory("tlc-backup-").FullName;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_restoredPostgres is not null)
        {
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("TEST_PG"));
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_restoredPostgres} WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
        await _db.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_restored_backup_has_the_same_data_keeps_sign_ins_and_credentials_valid_and_is_searchable_again()
    {
        var postgres = TestDatabase.IsPostgres;
        var files = Path.Combine(_db.Directory, "files");
        var (publicFile, privateFile) = (Guid.NewGuid().ToString("N") + ".png", Path.Combine("private", Guid.NewGuid().ToString("N") + ".pdf"));
        var png = (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Guid.NewGuid().ToByteArray()];
        Directory.CreateDirectory(Path.Combine(files, "private"));
        await File.WriteAllBytesAsync(Path.Combine(files, publicFile), png);
        await File.WriteAllTextAsync(Path.Combine(files, privateFile), "%PDF-1.4 evidence " + Guid.NewGuid());
        var activityTitle = await FaultData.QueryAsync(_db, db => db.Activities.Where(a => a.Status == PublicationStatus.Published)
            .OrderBy(a => a.Id).Select(a => a.Title.Th).FirstAsync());

        // Before: a signed-in learner, their credential, a search.
        var cookies = new CookieContainer();
        await using var before = new AppProcess(Settings(_db.Directory, _db.ConnectionString));
        await before.StartAsync();
        using (var client = before.CreateClient(cookies)) await client.LoginAsync(FaultData.DemoAccount(_db, "learner"));
        var (me, jwt, search) = await SnapshotAsync(before, cookies, activityTitle);
        Assert.True(await VerifiesAsync(before, jwt), "The credential did not verify before the backup");
        Assert.Contains(search.Ids.Split(','), id => id.StartsWith("activity:", StringComparison.Ordinal));

        // Back up: PostgreSQL while the application runs; SQLite once it has stopped (a plain copy is then consistent too).
        var archive = Path.Combine(_work, "backup.tar.gz");
        if (postgres) await RunScriptAsync("backup.sh", archive, _db.ConnectionString, files);
        await before.StopAsync();
        if (!postgres) await RunScriptAsync("backup.sh", archive, _db.ConnectionString, files);
        var original = await TableChecksums.ComputeAsync(_db.ConnectionString, postgres);

        // Wipe: the database, the files and the search index are gone.
        await WipeAsync();
        Assert.False(Directory.Exists(files));

        // Restore into a new database and a new files folder.
        var restoredFolder = Path.Combine(_work, "restored");
        var restoredFiles = Path.Combine(restoredFolder, "files");
        string restoredDb;
        if (postgres)
        {
            _restoredPostgres = "tlc_restored_" + Guid.NewGuid().ToString("N");
            restoredDb = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("TEST_PG")) { Database = _restoredPostgres }.ConnectionString;
        }
        else restoredDb = $"Data Source={Path.Combine(restoredFolder, "restored.db")}";
        await RunScriptAsync("restore.sh", archive, restoredDb, restoredFiles);

        var restored = await TableChecksums.ComputeAsync(restoredDb, postgres);
        Assert.Equal(original.Keys, restored.Keys);
        Assert.All(original, t => Assert.Equal((t.Key, t.Value), (t.Key, restored[t.Key])));
        // The keys are data like any other: the Data Protection key ring (cookies) and the credential signing keys.
        Assert.True(original["common_data_protection_keys"].Rows > 0 && original["credentials_signing_keys"].Rows > 0);
        Assert.Equal(png, await File.ReadAllBytesAsync(Path.Combine(restoredFiles, publicFile)));
        Assert.True(File.Exists(Path.Combine(restoredFiles, privateFile)));

        // After: the old cookie, the credential, the files and the search, on the restored data with a rebuilt index.
        Assert.False(Directory.Exists(Path.Combine(restoredFolder, "index")));
        await using var after = new AppProcess(Settings(restoredFolder, restoredDb));
        await after.StartAsync();
        var (meAfter, jwtAfter, searchAfter) = await SnapshotAsync(after, cookies, activityTitle);
        Assert.Equal(me, meAfter);
        Assert.Equal(jwt, jwtAfter);
        Assert.True(await VerifiesAsync(after, jwt), "The credential did not verify after the restore");
        Assert.Equal(search, searchAfter);
        using var anonymous = after.CreateClient();
        Assert.Equal(png, await anonymous.GetByteArrayAsync($"files/{publicFile}"));
    }

    private static Dictionary<string, string> Settings(string folder, string connectionString)
    {
        var settings = AppProcess.SettingsFor(folder, TestDatabase.IsPostgres, connectionString);
        // Credentials name their issuer by the site's address: the same one before and after (the seed's own).
        settings["Site:PublicUrl"] = "http://localhost";
        return settings;
    }

    /// <summary>What the learner's cookie shows about them, their first credential (as a JWT) and a search for a demo activity.</summary>
    private static async Task<(string Me, string Jwt, (int Total, string Ids) Search)> SnapshotAsync(AppProcess app, CookieContainer cookies, string query)
    {
        using var client = app.CreateClient(cookies);
        var meResponse = await client.GetAsync("api/v1/me");
        Assert.True(meResponse.StatusCode == HttpStatusCode.OK, $"The sign-in cookie was not accepted: {(int)meResponse.StatusCode}");
        var me = await meResponse.Content.ReadAsStringAsync();
        var credentials = await client.GetFromJsonAsync<JsonElement>("api/v1/me/credentials");
        var id = credentials.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal).First();
        var jwt = await client.GetStringAsync($"credentials/{id}/download");
        var found = await client.GetFromJsonAsync<JsonElement>($"api/v1/search?q={Uri.EscapeDataString(query)}&pageSize=100");
        var ids = found.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("type").GetString()}:{i.GetProperty("id").GetString()}")
            .Order(StringComparer.Ordinal);
        return (me, jwt, (found.GetProperty("totalCount").GetInt32(), string.Join(',', ids)));
    }

    private static async Task<bool> VerifiesAsync(AppProcess app, string jwt)
    {
        using var client = app.CreateClient();
        var response = await client.PostAsync("api/v1/credentials/verify", new StringContent(jwt, Encoding.ASCII, "text/plain"));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        return result.GetProperty("valid").GetBoolean();
    }

    private async Task WipeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (TestDatabase.IsPostgres)
        {
            var name = new NpgsqlConnectionStringBuilder(_db.ConnectionString).Database!;
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("TEST_PG"));
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(_db.ConnectionString).DataSource;
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
        foreach (var dir in new[] { "files", "index" }.Select(d => Path.Combine(_db.Directory, d)))
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }

    private static async Task RunScriptAsync(string script, string archive, string connectionString, string filesRoot)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppProcess.RepositoryRoot, "scripts", script));
        start.ArgumentList.Add(archive);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || k.StartsWith("PG", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["Database__Provider"] = TestDatabase.IsPostgres ? "Postgres" : "Sqlite";
        start.Environment[TestDatabase.IsPostgres ? "ConnectionStrings__Postgres" : "ConnectionStrings__Sqlite"] = connectionString;
        start.Environment["Files__Root"] = filesRoot;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"scripts/{script} exited with {process.ExitCode}:\n{await output}\n{await error}");
    }
}
