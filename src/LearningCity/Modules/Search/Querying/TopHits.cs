namespace LearningCity.Modules.Search.Querying;

/// <summary>The best <c>keep</c> hits in a given order: a heap whose top is the worst hit kept.</summary>
internal sealed class TopHits(int keep, Comparison<CollectedHit> order)
{
    // Ties in the order keep the earlier doc (docs arrive in increasing order), as a stable sort would.
    private readonly PriorityQueue<CollectedHit, CollectedHit> _heap = new(Comparer<CollectedHit>.Create((a, b) =>
    {
        var c = order(b, a);
        return c != 0 ? c : b.Doc.CompareTo(a.Doc);
    }));

    public void Add(CollectedHit hit)
    {
        if (keep <= 0) return;
        if (_heap.Count < keep) _heap.Enqueue(hit, hit);
        else if (Better(hit, _heap.Peek())) _heap.EnqueueDequeue(hit, hit);
    }

    /// <summary>Adds the hits another heap kept (of other docs): the best of both stay.</summary>
    public void Add(TopHits other)
    {
        foreach (var (hit, _) in other._heap.UnorderedItems) Add(hit);
    }

    /// <summary>The kept hits, best first.</summary>
    public List<CollectedHit> Sorted()
    {
        var hits = new List<CollectedHit>(_heap.Count);
        while (_heap.Count > 0) hits.Add(_heap.Dequeue());
        hits.Reverse();
        return hits;
    }

    private bool Better(CollectedHit a, CollectedHit b)
    {
        var c = order(a, b);
        return c != 0 ? c < 0 : a.Doc < b.Doc;
    }
}
