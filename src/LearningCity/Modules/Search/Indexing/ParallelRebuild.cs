using System.Threading.Channels;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Writes a rebuild's documents on several threads (the index writer takes documents from many threads at once) from
/// one shared queue: a worker that stops to flush a segment to disk leaves the queue to the others instead of
/// holding back the documents meant for it. An upsert (an id already seen in this rebuild, which is rare) waits until
/// every earlier document is written and is then written alone, so the last state of an item stays.
/// </summary>
internal sealed class ParallelRebuild : IAsyncDisposable
{
    private const int QueuePerWorker = 256;
    private readonly SearchIndex _index;
    private readonly int _workerCount;
    private readonly CancellationTokenSource _failed = new();
    private Channel<SearchDocument> _queue = null!;
    private Task[] _workers = [];

    public ParallelRebuild(SearchIndex index, int workers)
    {
        _index = index;
        _workerCount = Math.Max(1, workers);
        Start();
    }

    /// <summary>Queues a document: a plain add, or an upsert when its key may already be in the index.</summary>
    public async ValueTask WriteAsync(SearchDocument document, bool upsert, CancellationToken ct)
    {
        if (upsert)
        {
            await CompleteAsync();
            _index.Upsert(document);
            Start();
            return;
        }
        if (_queue.Writer.TryWrite(document)) return;
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, _failed.Token);
        try
        {
            await _queue.Writer.WriteAsync(document, both.Token);
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
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
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

    private void Start()
    {
        _queue = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(QueuePerWorker * _workerCount) { SingleWriter = true });
        var reader = _queue.Reader;
        _workers = Enumerable.Range(0, _workerCount).Select(_ => Task.Run(() => WorkAsync(reader))).ToArray();
    }

    private async Task WorkAsync(ChannelReader<SearchDocument> reader)
    {
        try
        {
            await foreach (var document in reader.ReadAllAsync()) _index.Add(document);
        }
        catch
        {
            await _failed.CancelAsync();
            throw;
        }
    }
}
