using System.Reflection;

namespace LearningCity.Modules.Search.Lists;

/// <summary>The synonyms in force: the built-in list (<c>Lists/synonyms.txt</c>, in the repo).</summary>
internal sealed class SearchSynonyms
{
    public static SynonymSet BuiltIn { get; } = SynonymSet.Parse(ListFiles.Read("synonyms.txt"));

    public Task<SynonymSet> CurrentAsync(CancellationToken ct = default) => Task.FromResult(BuiltIn);
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
