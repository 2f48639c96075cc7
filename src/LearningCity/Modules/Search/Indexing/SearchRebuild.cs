using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Store;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// `search rebuild`: writes a rebuild row to the change log, so every running node rebuilds its own index,
/// and rebuilds the local index at once when no running app holds it.
/// </summary>
public static class SearchRebuild
{
    public static async Task<long> RequestAsync(AppDbContext db, CancellationToken ct)
    {
        SearchChanges.Record(db, SearchChanges.RebuildType, "all");
        await db.SaveChangesAsync(ct);
        return db.ChangeTracker.Entries<SearchChange>().Max(e => e.Entity.Id);
    }

    public static async Task<bool> TryRunCommandAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || args[0] != "search" || args[1] != "rebuild") return false;
        await app.Services.MigrateAndSeedAsync();
        using (var scope = app.Services.CreateScope())
        {
            var id = await RequestAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            Console.WriteLine($"Rebuild requested (change {id}); running nodes rebuild their index when they read it.");
        }
        try
        {
            await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync(CancellationToken.None);
            Console.WriteLine($"Local index rebuilt at {app.Services.GetRequiredService<SearchIndex>().Path}.");
        }
        catch (LockObtainFailedException)
        {
            Console.WriteLine("The local index is in use by a running app, which rebuilds it from the change log.");
        }
        return true;
    }
}
