using System.Globalization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;

namespace SearchBench;

/// <summary>One query of the set: what the service gets, and the same as an API query string.</summary>
/// <param name="Typing">One of <see cref="TypingQueries"/>, reported beside the 200 but not in their overall numbers.</param>
internal sealed record BenchQuery(string Kind, SearchQuery Query, bool Typing = false)
{
    public string PathAndQuery
    {
        get
        {
            var parts = new List<string>();
            if (Query.Text is { } text) parts.Add("q=" + Uri.EscapeDataString(text));
            foreach (var (key, values) in Query.Filters)
                foreach (var value in values) parts.Add(key + "=" + Uri.EscapeDataString(value));
            if (Query.Latitude is { } lat) parts.Add("lat=" + lat.ToString(CultureInfo.InvariantCulture));
            if (Query.Longitude is { } lon) parts.Add("lon=" + lon.ToString(CultureInfo.InvariantCulture));
            if (Query.RadiusKm is { } r) parts.Add("radiusKm=" + r.ToString(CultureInfo.InvariantCulture));
            if (Query.Sort != SearchSort.Relevance) parts.Add("sort=" + Query.Sort.ToString().ToLowerInvariant());
            return "/api/v1/search?" + string.Join('&', parts);
        }
    }
}

/// <summary>
/// 200 fixed queries: single Thai words of every frequency, compounds typed as one word (several tokens,
/// a phrase query), two- and three-word Thai, English, text with facet filters, facets alone, and "near me".
/// </summary>
internal static class BenchQueries
{
    public static readonly string[] Kinds = ["thai-1", "thai-compound", "thai-2", "thai-3", "english", "filtered", "facets-only", "near-me"];

    /// <summary>The 200, then the typing queries: the 200 keep their places and their numbers stay comparable with earlier runs.</summary>
    public static List<BenchQuery> All(Vocabulary vocabulary) => [.. Create(vocabulary), .. TypingQueries.Create(vocabulary)];

    public static List<BenchQuery> Create(Vocabulary vocabulary)
    {
        var random = new Random(42);
        var list = new List<BenchQuery>();
        string Word() => vocabulary.ThaiAt(LogRank(random, vocabulary.ThaiCount));
        string Base() => Vocabulary.ThaiBase[random.Next(Vocabulary.ThaiBase.Length)];
        string Province() => ThailandGeography.Provinces[random.Next(ThailandGeography.Provinces.Length)].Code;
        void Add(string kind, string? text, Dictionary<string, IReadOnlyList<string>>? filters = null) =>
            list.Add(new BenchQuery(kind, new SearchQuery { Text = text, Filters = filters ?? [] }));

        for (var i = 0; i < 60; i++) Add("thai-1", Word());
        for (var i = 0; i < 30; i++) Add("thai-compound", Base() + Base());
        for (var i = 0; i < 30; i++) Add("thai-2", Word() + " " + Word());
        for (var i = 0; i < 15; i++) Add("thai-3", Word() + " " + Word() + " " + Base());
        for (var i = 0; i < 30; i++)
            Add("english", i % 2 == 0 ? Vocabulary.English[random.Next(40)] : Vocabulary.English[random.Next(Vocabulary.English.Length)] + " " + Vocabulary.English[random.Next(Vocabulary.English.Length)]);
        for (var i = 0; i < 25; i++)
        {
            var filters = new Dictionary<string, IReadOnlyList<string>>();
            switch (i % 4)
            {
                case 0: filters["province"] = [Province()]; break;
                case 1: filters["type"] = [SyntheticItems.Types[random.Next(SyntheticItems.Types.Length)]]; filters["price"] = ["free"]; break;
                case 2: filters["region"] = [ThailandGeography.Regions[random.Next(ThailandGeography.Regions.Length)].Code]; break;
                default: filters["topic"] = [SyntheticItems.Topics[random.Next(SyntheticItems.Topics.Length)]]; filters["province"] = [Province(), Province()]; break;
            }
            Add("filtered", i % 5 == 4 ? Vocabulary.English[random.Next(40)] : Word(), filters);
        }
        Add("facets-only", null, new() { ["province"] = ["TH-50"] });
        Add("facets-only", null, new() { ["type"] = ["space"], ["province"] = ["TH-10"] });
        Add("facets-only", null, new() { ["region"] = ["northeast"], ["price"] = ["free"] });
        Add("facets-only", null, new() { ["topic"] = ["health"], ["audience"] = ["elderly"] });
        Add("facets-only", null, new() { ["type"] = ["course"], ["language"] = ["en"], ["province"] = ["TH-40"] });
        for (var i = 0; i < 5; i++)
        {
            list.Add(new BenchQuery("near-me", new SearchQuery
            {
                Text = Word(),
                Latitude = Math.Round(13.0 + random.NextDouble() * 5, 4),
                Longitude = Math.Round(99.0 + random.NextDouble() * 3, 4),
                RadiusKm = 25,
                Sort = SearchSort.Distance,
            }));
        }
        return list;
    }

    /// <summary>A frequency rank spread evenly over orders of magnitude: common, medium and rare words alike.</summary>
    public static int LogRank(Random random, int count) => Math.Min(count - 1, (int)Math.Exp(random.NextDouble() * Math.Log(count)) - 1);

    /// <summary>For the report: a sample of the texts.</summary>
    public static string Describe(BenchQuery q) => $"{q.Kind}: {q.Query.Text} {string.Join(' ', q.Query.Filters.Select(f => f.Key + "=" + string.Join(',', f.Value)))}";
}
