using System.Reflection;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Lists;

/// <summary>
/// The synonyms in force: the built-in list (<c>Lists/synonyms.txt</c>, in the repo) and the rules admins keep in the
/// database (<see cref="SearchSynonym"/>). One per node, read on every search, so the database rows are cached: read again
/// at most every <see cref="ReloadAfter"/> (another node's edit shows here within that time), and at once after an edit
/// on this node (<see cref="Invalidate"/>).
/// </summary>
public sealed class SearchSynonyms
{
    public static readonly TimeSpan ReloadAfter = TimeSpan.FromSeconds(30);

    public static SynonymSet BuiltIn { get; } = SynonymSet.Parse(ListFiles.Read("synonyms.txt"));

    private sealed record Loaded(SynonymSet Set, long At, int Generation);

    private readonly IServiceScopeFactory? _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger? _log;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Loaded? _loaded;
    private int _generation;

    /// <summary>The built-in list only, with no database: for benchmarks and tests of the query engine.</summary>
    public SearchSynonyms() => _time = TimeProvider.System;

    public SearchSynonyms(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchSynonyms> log)
    {
        _scopes = scopes;
        _time = time;
        _log = log;
    }

    public async Task<SynonymSet> CurrentAsync(CancellationToken ct = default)
    {
        if (_scopes is null) return BuiltIn;
        if (Fresh(_loaded) is { } set) return set;
        await _loading.WaitAsync(ct);
        try
        {
            if (Fresh(_loaded) is { } loadedMeanwhile) return loadedMeanwhile;
            // Taken before reading: an edit that lands during the read invalidates what the read returns.
            var generation = Volatile.Read(ref _generation);
            var rules = await ReadAsync(_loaded?.Set, ct);
            _loaded = new Loaded(rules, _time.GetTimestamp(), generation);
            return rules;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>After this node changed the admins' rules (committed): the next search reads them again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private SynonymSet? Fresh(Loaded? loaded) =>
        loaded is not null && loaded.Generation == Volatile.Read(ref _generation) && _time.GetElapsedTime(loaded.At) < ReloadAfter
            ? loaded.Set : null;

    /// <summary>
    /// The built-in rules and the admins'. A row that is no rule (written by hand, or by an older parser) is skipped; a
    /// database that cannot be read leaves the rules as they were (searching goes on; the next try is in ReloadAfter).
    /// </summary>
    private async Task<SynonymSet> ReadAsync(SynonymSet? previous, CancellationToken ct)
    {
        List<(int Id, string Line)> rows;
        try
        {
            await using var scope = _scopes!.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            rows = (await db.Set<SearchSynonym>().AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Line }).ToListAsync(ct))
                .Select(s => (s.Id, s.Line)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _log?.LogWarning(e, "The admins' search synonyms could not be read; the search goes on with the rules it had");
            return previous ?? BuiltIn;
        }
        var rules = new List<SynonymRule>(rows.Count);
        foreach (var (id, line) in rows)
        {
            if (SynonymSet.TryParseLine(line, out var rule, out var error) && rule is not null) rules.Add(rule);
            else _log?.LogWarning("Search synonym {Id} is no rule ({Error}) and is left out", id, error ?? "blank");
        }
        var current = BuiltIn.With(rules);
        // The same rules as before keep the same set, so the query engine keeps what it compiled from it.
        return previous is not null && previous.Rules.Select(r => r.ToString()).SequenceEqual(current.Rules.Select(r => r.ToString()))
            ? previous : current;
    }
}

/// <summary>The word lists of the search, embedded from <c>Modules/Search/Lists/*.txt</c>.</summary>
internal static class ListFiles
{
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("search/" + name)
            ?? throw new InvalidOperationException("The search list " + name + " is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
