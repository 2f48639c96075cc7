using System.Threading.Channels;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Writes a rebuild's documents on several threads (analysis is most of the cost; the index writer takes
/// documents from many threads at once). A document goes to the worker its key hashes to, so two versions of
/// one item are written in the order they were read and the last one stays.
/// </summary>
internal sealed class ParallelRebuild : IAsyncDisposable
{
    private const int QueuePerWorker = 256;
    private readonly SearchIndex _index;
    private readonly Channel<(SearchDocument Document, bool Upsert)>[] _queues;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _failed = new();

    public ParallelRebuild(SearchIndex index, int workers)
    {
        _index = index;
        _queues = Enumerable.Range(0, Math.Max(1, workers))
            .Select(_ => Channel.CreateBounded<(SearchDocument, bool)>(new BoundedChannelOptions(QueuePerWorker) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        _workers = _queues.Select(q => Task.Run(() => WorkAsync(q.Reader))).ToArray();
    }

    /// <summary>Queues a document: a plain add, or an upsert when its key may already be in the index.</summary>
    public async ValueTask WriteAsync(SearchDocument document, bool upsert, CancellationToken ct)
    {
        var queue = _queues[(int)((uint)StringComparer.Ordinal.GetHashCode(SearchFields.KeyOf(document.Type, document.Id)) % (uint)_queues.Length)];
        if (queue.Writer.TryWrite((document, upsert))) return;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, _failed.Token);
        try
        {
            await queue.Writer.WriteAsync((document, upsert), both.Token);
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            await CompleteAsync(); // a worker failed: its exception surfaces here
            throw;
        }
    }

    /// <summary>Waits until every queued document is written; throws a worker's failure.</summary>
    public async Task CompleteAsync()
    {
        foreach (var queue in _queues) queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in _queues) queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers);
        }
        catch (Exception) when (_failed.IsCancellationRequested)
        {
            // Already surfaced by WriteAsync or CompleteAsync.
        }
        _failed.Dispose();
    }

    private async Task WorkAsync(ChannelReader<(SearchDocument Document, bool Upsert)> reader)
    {
        try
        {
            await foreach (var (document, upsert) in reader.ReadAllAsync())
            {
                if (upsert) _index.Upsert(document);
                else _index.Add(document);
            }
        }
        catch
        {
            await _failed.CancelAsync();
            throw;
        }
    }
}
