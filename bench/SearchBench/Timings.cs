namespace SearchBench;

/// <summary>
/// The times of one phase, kept three ways: the 200 (<c>prefix</c>, as in earlier runs), all with the typing queries
/// (<c>prefix.all</c>) and each kind (<c>prefix.kind</c>).
/// </summary>
internal sealed class Timings(IReadOnlyList<BenchQuery> queries)
{
    private readonly Dictionary<string, List<double>> _kinds = [];

    public List<double> Set { get; } = [];
    public List<double> All { get; } = [];

    public void Add(int query, double ms)
    {
        if (!queries[query].Typing) Set.Add(ms);
        All.Add(ms);
        (_kinds.TryGetValue(queries[query].Kind, out var list) ? list : _kinds[queries[query].Kind] = []).Add(ms);
    }

    public void Save(Results results, string prefix)
    {
        results.SetPercentiles(prefix, Set);
        results.SetPercentiles(prefix + ".all", All);
        foreach (var (kind, list) in _kinds) results.SetPercentiles(prefix + "." + kind, list);
    }
}
