using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Brings this node's index in step with the change log. Rows are applied in id order by loading the item's
/// current state from its source, so applying a row twice is harmless. Ids are not always committed in order
/// (two transactions on PostgreSQL), so an id missing below the highest one seen is kept as a gap and looked
/// for again until it appears or is older than Search:GapGraceSeconds (then it was a rolled-back transaction).
/// </summary>
internal sealed class SearchIndexer(
    SearchIndex index, IEnumerable<ISearchSource> sources, IServiceScopeFactory scopes, IConfiguration config,
    TimeProvider time, ILogger<SearchIndexer> log)
{
    private const int BatchSize = 500;
    private const int MaxGaps = 10_000;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, ISearchSource> _sources = sources.ToDictionary(s => s.Type, StringComparer.Ordinal);
    private readonly Dictionary<long, DateTimeOffset> _gaps = [];
    private long _highWater;
    private bool _started;
    private long _passesStarted;
    private long _passesCompleted;
    private TaskCompletionSource _passDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TimeSpan GapGrace => TimeSpan.FromSeconds(config.GetValue("Search:GapGraceSeconds", 60.0));
    private TimeSpan Retention => TimeSpan.FromDays(config.GetValue("Search:RetainDays", 30.0));

    /// <summary>One pass: apply every change-log row this node has not applied yet.</summary>
    public async Task ApplyPendingAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        Interlocked.Increment(ref _passesStarted);
        try
        {
            if (!_started)
            {
                var stale = index.CommittedAt is { } at && time.GetUtcNow() - at > Retention;
                if (index.NeedsRebuild || stale || await IsAheadOfDatabaseAsync(ct)) await RebuildLockedAsync(ct);
                else _highWater = index.Watermark;
                _started = true;
            }
            while (await ApplyBatchAsync(ct)) { }
        }
        finally
        {
            Interlocked.Increment(ref _passesCompleted);
            var done = Interlocked.Exchange(ref _passDone, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            done.TrySetResult();
            _lock.Release();
        }
    }

    /// <summary>Waits until a pass that began after this call has finished: then every change committed before the call is searchable.</summary>
    public async Task WaitUntilCaughtUpAsync(CancellationToken ct = default)
    {
        var target = Interlocked.Read(ref _passesStarted) + 1;
        while (Interlocked.Read(ref _passesCompleted) < target)
        {
            var next = Volatile.Read(ref _passDone);
            if (Interlocked.Read(ref _passesCompleted) >= target) break;
            await next.Task.WaitAsync(ct);
        }
    }

    /// <summary>An index that has seen more changes than the database holds belongs to another database.</summary>
    private async Task<bool> IsAheadOfDatabaseAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return index.Watermark > (await db.Set<SearchChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0);
    }

    /// <summary>Builds this node's index anew from every source.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            await RebuildLockedAsync(ct);
            _started = true;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task RebuildLockedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var changes = db.Set<SearchChange>();
        // Read the log position first: whatever commits while we load is applied again afterwards.
        var max = await changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var recent = await changes.Where(c => c.Id > max - 1000).Select(c => c.Id).ToListAsync(ct);
        index.DeleteAll();
        var count = 0;
        var seen = new HashSet<long>();
        index.UseRebuildBuffer(true);
        try
        {
            await using var writer = new ParallelRebuild(index, Environment.ProcessorCount);
            foreach (var source in _sources.Values)
            {
                await foreach (var document in source.LoadAllAsync(db, ct))
                {
                    // A plain add for an id not seen yet in this rebuild; an upsert when the id (or only its hash) was seen,
                    // so a source that yields an item twice still leaves one document, its last state. The 64-bit hash makes
                    // a needless upsert (which waits for the documents before it) rare even in a rebuild of millions.
                    await writer.WriteAsync(document, upsert: !seen.Add(SearchFields.StableHash(document.Id)), ct);
                    count++;
                }
                seen.Clear();
            }
            await writer.CompleteAsync();
            index.CompactAfterRebuild();
        }
        finally
        {
            index.UseRebuildBuffer(false);
        }
        _highWater = max;
        _gaps.Clear();
        var now = time.GetUtcNow();
        var present = recent.ToHashSet();
        for (var id = Math.Max(1, max - 999); id < max; id++)
            if (!present.Contains(id)) _gaps[id] = now;
        index.Commit(SafeWatermark(), now);
        log.LogInformation("Search index rebuilt with {Count} documents at change {Id}", count, max);
    }

    private async Task<bool> ApplyBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var gaps = _gaps.Keys.ToList();
        var high = _highWater;
        var rows = await db.Set<SearchChange>()
            .Where(c => c.Id > high || gaps.Contains(c.Id))
            .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
        var now = time.GetUtcNow();

        if (rows.Any(r => r.Type == SearchChanges.RebuildType))
        {
            await RebuildLockedAsync(ct);
            return true;
        }
        foreach (var item in rows.Select(r => (r.Type, r.EntityId)).Distinct())
            await ApplyAsync(db, item.Type, item.EntityId, ct);

        foreach (var row in rows) _gaps.Remove(row.Id);
        var newRows = rows.Where(r => r.Id > _highWater).Select(r => r.Id).ToList();
        foreach (var id in newRows)
        {
            for (var missing = _highWater + 1; missing < id && _gaps.Count < MaxGaps; missing++) _gaps[missing] = now;
            _highWater = id;
        }
        foreach (var expired in _gaps.Where(g => now - g.Value > GapGrace).Select(g => g.Key).ToList()) _gaps.Remove(expired);

        var watermark = SafeWatermark();
        if (rows.Count > 0 || watermark != index.Watermark) index.Commit(watermark, now);
        return newRows.Count == BatchSize;
    }

    private async Task ApplyAsync(AppDbContext db, string type, string id, CancellationToken ct)
    {
        if (!_sources.TryGetValue(type, out var source))
        {
            log.LogWarning("Search change for unknown type {Type}; removing {Id} from the index", type, id);
            index.Delete(type, id);
            return;
        }
        var document = await source.LoadAsync(db, id, ct);
        if (document is null) index.Delete(type, id);
        else index.Upsert(document);
    }

    /// <summary>The position every row at or below has been applied: what survives a restart.</summary>
    private long SafeWatermark() => _gaps.Count == 0 ? _highWater : Math.Min(_highWater, _gaps.Keys.Min() - 1);
}
