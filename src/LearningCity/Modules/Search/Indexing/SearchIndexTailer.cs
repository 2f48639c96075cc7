using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Runs on every node: applies the change log to this node's index every Search:PollSeconds, so all nodes
/// on one database converge on the same answers. Once an hour it also drops log rows older than
/// Search:RetainDays; a node whose index is older than that rebuilds at start instead.
/// </summary>
internal sealed class SearchIndexTailer(SearchIndexer indexer, IServiceScopeFactory scopes, IConfiguration config, TimeProvider time,
    ILogger<SearchIndexTailer> log) : BackgroundService
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

    private async Task PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-config.GetValue("Search:RetainDays", 30.0));
        await db.Set<SearchChange>().Where(c => c.At < cutoff).ExecuteDeleteAsync(ct);
    }
}
