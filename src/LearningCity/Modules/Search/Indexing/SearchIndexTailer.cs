using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Querying;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Runs on every node: applies the change log to this node's index every Search:PollSeconds, so all nodes
/// on one database converge on the same answers. Once an hour it also drops log rows older than
/// Search:RetainDays; a node whose index is older than that rebuilds at start instead. After its first pass it warms
/// the search code (<see cref="SearchWarmup"/>) and reports the node ready (<see cref="SearchReadiness"/>).
/// </summary>
internal sealed class SearchIndexTailer(SearchIndexer indexer, SearchIndex index, SearchReadiness readiness, IServiceScopeFactory scopes,
    IConfiguration config, TimeProvider time, ILogger<SearchIndexTailer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Max(0.05, config.GetValue("Search:PollSeconds", 1.0)));
        var nextPrune = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.ApplyPendingAsync(stoppingToken);
                if (!readiness.IsReady) await WarmUpAsync(stoppingToken);
                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneAsync(stoppingToken);
                    nextPrune = time.GetUtcNow().AddHours(1);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(ex, "Applying search changes failed; will retry");
            }
            try { await Task.Delay(delay, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private async Task WarmUpAsync(CancellationToken ct)
    {
        readiness.Warming();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var searches = 0;
        try
        {
            searches = await SearchWarmup.RunAsync(index, scopes, config.GetValue("Search:WarmupSearches", SearchWarmup.DefaultSearches),
                TimeSpan.FromSeconds(config.GetValue("Search:WarmupSeconds", SearchWarmup.DefaultSeconds)), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Warming up search failed; the node is ready without it");
        }
        // The warm-up's garbage goes back to the system now rather than sizing the heaps for the traffic to come
        // (with no warm-up there is none: a full blocking collection would only stall the process).
        if (searches > 0) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        readiness.Ready(searches);
        log.LogInformation("Search ready after {Searches} warm-up searches in {Seconds:F1} s", searches, clock.Elapsed.TotalSeconds);
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-config.GetValue("Search:RetainDays", 30.0));
        await db.Set<SearchChange>().Where(c => c.At < cutoff).ExecuteDeleteAsync(ct);
    }
}
