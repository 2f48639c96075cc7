using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Search.SearchTestHelpers;

namespace LearningCity.Tests.Search;

/// <summary>Another app node on the database of an existing factory, with its own index folder.</summary>
public sealed class SecondNode(TestDatabase database, string indexPath) : AppFactory
{
    protected override bool StartsFromSeededCopy => false; // runs on the first node's database

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new(TestDatabase.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", database.ConnectionString),
        new("Search:IndexPath", indexPath),
    ];

    public static async Task<SecondNode> StartAsync(AppFactory first, string indexPath)
    {
        var node = new SecondNode(first.Database, indexPath);
        await node.InitializeAsync();
        return node;
    }
}

public sealed class SearchNodesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private string NewIndexPath() => Path.Combine(factory.Database.Directory, "node-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Two_nodes_on_one_database_answer_the_same_after_a_change()
    {
        await using var second = await SecondNode.StartAsync(factory, NewIndexPath());
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var created = await admin.PostAsJsonAsync("/api/v1/cities", new { nameTh = "เทศบาลตำบลสองโหนด", nameEn = "Two Nodes Town", localGovernmentType = "SubdistrictMunicipality", provinceCode = "TH-40" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await factory.SearchCaughtUpAsync();
        await second.SearchCaughtUpAsync();
        foreach (var query in new[] { Q("สองโหนด"), Q("nodes town"), Q("เทศบาล") + "&province=TH-40", "pageSize=100&sort=date" })
        {
            var a = await factory.CreateClient().SearchAsync(query);
            var b = await second.CreateClient().SearchAsync(query);
            // Relevance scores may differ in the last digits until deleted documents are merged away, so the
            // order is compared where it does not depend on them (the date sort), and the set everywhere.
            Assert.Equal(a.Urls().Order(), b.Urls().Order());
            if (query.Contains("sort=date", StringComparison.Ordinal)) Assert.Equal(a.Urls(), b.Urls());
            Assert.Equal(a.GetProperty("facets").ToString(), b.GetProperty("facets").ToString());
        }
        Assert.Equal([$"/cities/{id}"], (await second.CreateClient().SearchAsync(Q("สองโหนด"))).Urls());
    }

    [Fact]
    public async Task Changes_written_while_a_node_is_down_are_applied_when_it_starts_again()
    {
        var indexPath = NewIndexPath();
        await using (var node = await SecondNode.StartAsync(factory, indexPath))
            await node.SearchCaughtUpAsync();

        // While the node is down: one city is written with its change-log row (as every write path does), and one
        // without. The restarted node continues from its index's last position instead of rebuilding, so it finds
        // exactly the first one.
        var logged = await factory.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var city = NewCity("เทศบาลตำบลระหว่างดับ");
            db.Cities.Add(city);
            await db.SaveChangesAsync();
            SearchChanges.Record(db, "city", city.Id);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return city.Id;
        });
        var unlogged = NewCity("เทศบาลตำบลไร้บันทึก");
        await factory.WithDbAsync(async db =>
        {
            db.Cities.Add(unlogged);
            return await db.SaveChangesAsync();
        });

        await using var restarted = await SecondNode.StartAsync(factory, indexPath);
        await restarted.SearchCaughtUpAsync();
        var client = restarted.CreateClient();
        Assert.Equal([$"/cities/{logged}"], (await client.SearchAsync(Q("ระหว่างดับ") + "&type=city")).Urls());
        Assert.DoesNotContain($"/cities/{unlogged.Id}", (await client.SearchAsync(Q("ไร้บันทึก"))).Urls());

        // Logged after all, so that every node of this class agrees again.
        await factory.WithDbAsync(async db =>
        {
            SearchChanges.Record(db, "city", unlogged.Id);
            return await db.SaveChangesAsync();
        });    }

    [Fact]
    public async Task A_change_committed_after_a_later_one_is_still_applied()
    {
        await factory.SearchCaughtUpAsync();
        var (early, late) = await factory.WithDbAsync(async db =>
        {
            var a = NewCity("เทศบาลตำบลมาทีหลัง");
            var b = NewCity("เทศบาลตำบลมาก่อน");
            db.Cities.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        var max = await factory.WithDbAsync(db => db.Set<SearchChange>().MaxAsync(c => c.Id));
        // Ids are handed out when rows are inserted but seen when transactions commit: the row with the higher
        // id becomes visible first, as it does with two concurrent transactions on PostgreSQL.
        await InsertChangeAsync(max + 1000, late);
        await factory.SearchCaughtUpAsync();
        Assert.Equal([$"/cities/{late}"], (await factory.CreateClient().SearchAsync(Q("มาก่อน") + "&type=city")).Urls());

        await InsertChangeAsync(max + 998, early);
        await factory.SearchCaughtUpAsync();
        Assert.Equal([$"/cities/{early}"], (await factory.CreateClient().SearchAsync(Q("มาทีหลัง") + "&type=city")).Urls());
    }

    private Task InsertChangeAsync(long id, int cityId) => factory.WithDbAsync(async db =>
    {
        db.Set<SearchChange>().Add(new SearchChange { Id = id, Type = "city", EntityId = cityId.ToString(System.Globalization.CultureInfo.InvariantCulture), At = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        return await db.SaveChangesAsync();
    });

    private static City NewCity(string name) => new()
    {
        Name = new(name), ProvinceCode = "TH-50", LocalGovernmentType = LocalGovernmentType.SubdistrictMunicipality, Status = CityStatus.Approved,
        Version = 1, CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
