using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using Lucene.Net.Util;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>
/// A text query is asked only about the docs that have all its common tokens (<see cref="TokenBits"/>,
/// <see cref="GuidedScorer"/>): it must find, score, count and facet exactly as the query alone does. One index of
/// 2,400 items of a small Thai and English vocabulary (so that most tokens are common) in three segments, with
/// replaced and deleted items, and words that are common in one field and rare in another.
/// </summary>
public sealed class GuidedSearchTests : IClassFixture<GuidedSearchTests.Words>
{
    private readonly Words _index;

    public GuidedSearchTests(Words index) => _index = index;

    public sealed class Words : IDisposable
    {
        private static readonly string[] Thai =
            ["ห้องสมุด", "ชุมชน", "การเรียนรู้", "ปลา", "แปรรูป", "ผู้สูงอายุ", "เด็ก", "ดนตรี", "สวน", "พิพิธภัณฑ์", "อาหาร", "ตลาด", "ศิลปะ", "ผ้าทอ"];
        private static readonly string[] English = ["library", "community", "learning", "fish", "music", "garden", "museum", "market", "weaving"];
        private readonly string _path = Path.Combine(Path.GetTempPath(), "tlc-tests", "index-" + Guid.NewGuid().ToString("N"));
        private readonly SearchIndex _index;

        public Words()
        {
            _index = new SearchIndex(_path);
            var random = new Random(11);
            string Phrase(string[] words, int count) =>
                string.Join(" ", Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]))));
            SearchDocument Item(int i) => Doc(
                $"i{i}", Phrase(Thai, random.Next(1, 3)),
                summary: random.Next(3) == 0 ? null : Phrase(Thai, random.Next(2, 5)),
                // "ผ้าทอ" and "weaving" are common in bodies, and only a few titles have them.
                body: Phrase(Thai, random.Next(3, 8)) + " " + Phrase(English, random.Next(0, 3)) + (i % 2 == 0 ? " ผ้าทอ weaving" : ""),
                titleEn: i % 97 == 0 ? "weaving " + Phrase(English, 1) : i % 5 == 0 ? Phrase(English, 2) : null,
                type: i % 3 == 0 ? "space" : "resource",
                facets: new Dictionary<string, IReadOnlyList<string>> { ["province"] = [new[] { "TH-10", "TH-40", "TH-50" }[random.Next(3)]] },
                lat: i % 4 == 0 ? 13.7 + random.NextDouble() : null, lon: i % 4 == 0 ? 100.5 + random.NextDouble() : null,
                date: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(300)));
            // Items whose only "ผ้าทอ" or "weaving" is in a field where the word is rare: guiding must still find them.
            SearchDocument[] rare =
            [
                Doc("only-title", "ผ้าทอ ดนตรี", body: "ตลาด"),
                Doc("only-title-en", "ตลาด", titleEn: "weaving music", body: "สวน"),
                Doc("only-summary", "ตลาด", summary: "ผ้าทอ ชุมชน", body: "สวน"),
            ];

            for (var segment = 0; segment < 3; segment++)
            {
                for (var i = segment * 800; i < (segment + 1) * 800; i++) _index.Upsert(Item(i));
                for (var k = 0; k < 30 && segment > 0; k++) _index.Upsert(Item(random.Next(segment * 800)));
                _index.Delete("resource", $"i{random.Next(segment * 800 + 800)}");
                _index.Delete("space", $"i{random.Next(segment * 800 + 800)}");
                _index.Upsert(rare[segment]);
                _index.Commit(segment + 1, DateTimeOffset.UnixEpoch);
            }
            Guided = Service(guideMinDocs: 40, SearchService.SampleBudget);
            Plain = Service(guideMinDocs: int.MaxValue, SearchService.SampleBudget);
            GuidedSampled = Service(guideMinDocs: 40, sampleBudget: 150);
            PlainSampled = Service(guideMinDocs: int.MaxValue, sampleBudget: 150);
        }

        internal SearchIndex Index => _index;
        internal ISearchService Guided { get; }
        internal ISearchService Plain { get; }
        internal ISearchService GuidedSampled { get; }
        internal ISearchService PlainSampled { get; }

        private SearchService Service(int guideMinDocs, int sampleBudget) =>
            new(_index, new FacetLabels([], new JsonStringLocalizer()), db: null!, TimeProvider.System, sampleBudget, filterOnly: true, guideMinDocs);

        public void Dispose()
        {
            _index.Dispose();
            try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
        }
    }

    public static TheoryData<string, string, SearchSort, int> Queries => new()
    {
        { "ชุมชน", "", SearchSort.Relevance, 1 },
        { "ห้องสมุด ปลา", "", SearchSort.Relevance, 1 },
        { "ห้องสมุด ปลา", "", SearchSort.Relevance, 3 },
        { "การเรียนรู้ชุมชน", "", SearchSort.Relevance, 1 },
        { "ผ้าทอ", "", SearchSort.Relevance, 1 },
        { "ผ้าทอ ดนตรี", "", SearchSort.Date, 1 },
        { "weaving", "", SearchSort.Relevance, 1 },
        { "weaving music", "province=TH-40", SearchSort.Relevance, 1 },
        { "\"fish market\" ชุมชน", "", SearchSort.Relevance, 1 },
        { "ผู้สูงอายุ ดนตรี สวน", "type=space", SearchSort.Relevance, 2 },
        { "ปลาแปรรูป ตลาด", "province=TH-10,TH-50", SearchSort.Relevance, 1 },
        { "ศิลปะ xylophone", "", SearchSort.Relevance, 1 },
        { "พิพิธภัณฑ์", "", SearchSort.Distance, 1 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_guided_query_finds_scores_and_counts_exactly_as_the_query_alone(string text, string filters, SearchSort sort, int page)
    {
        foreach (var (guided, plain) in new[] { (_index.Guided, _index.Plain), (_index.GuidedSampled, _index.PlainSampled) })
        {
            var query = new SearchQuery
            {
                Text = text, Filters = ParseFilters(filters), Sort = sort, Page = page, PageSize = 30,
                Latitude = sort == SearchSort.Distance ? 14.0 : null, Longitude = sort == SearchSort.Distance ? 100.9 : null, RadiusKm = sort == SearchSort.Distance ? 60 : null,
            };
            var a = await guided.SearchAsync(query);
            var b = await plain.SearchAsync(query);

            Assert.Equal(b.Estimated, a.Estimated);
            Assert.Equal(b.Total, a.Total);
            Assert.Equal(b.Hits.Select(h => (h.Id, h.Score, h.DistanceKm)), a.Hits.Select(h => (h.Id, h.Score, h.DistanceKm)));
            Assert.Equal(b.Facets.Keys.Order(), a.Facets.Keys.Order());
            foreach (var (key, values) in b.Facets)
                Assert.Equal(values.Select(v => (v.Value, v.Count)), a.Facets[key].Select(v => (v.Value, v.Count)));
        }
    }

    [Fact]
    public async Task Items_with_a_common_word_only_where_it_is_rare_are_found()
    {
        var hits = new List<string>();
        foreach (var text in new[] { "ผ้าทอ", "weaving" })
            for (var page = 1; ; page++)
            {
                var r = await _index.Guided.SearchAsync(new SearchQuery { Text = text, Exact = true, Page = page, PageSize = 500 });
                hits.AddRange(r.Hits.Select(h => h.Id));
                if (r.Hits.Count < 500) break;
            }

        Assert.Contains("only-title", hits);
        Assert.Contains("only-title-en", hits);
        Assert.Contains("only-summary", hits);
    }

    [Fact]
    public void The_candidates_are_the_docs_with_every_common_token_and_the_rare_ones_do_not_narrow_them()
    {
        var kept = new Dictionary<string, FixedBitSet>
        {
            ["ห้อง"] = Bits(0, 1, 2, 5),
            ["สมุด"] = Bits(1, 2, 5, 6),
            ["ห้อง|สมุด"] = Bits(1, 5),
            ["fish"] = Bits(0, 1, 5, 7),
        };

        Assert.Equal([1, 5], Docs(TokenBits.Candidates(kept.GetValueOrDefault, [["ห้อง", "สมุด"]])));
        Assert.Equal([1, 5], Docs(TokenBits.Candidates(kept.GetValueOrDefault, [["ห้อง", "สมุด"], ["fish"]])));
        Assert.Equal([0, 1, 5, 7], Docs(TokenBits.Candidates(kept.GetValueOrDefault, [["fish"], ["rare"]])));
        Assert.Null(TokenBits.Candidates(kept.GetValueOrDefault, [["rare"], ["ปลา"]]));
        Assert.Equal([0, 1, 2, 5], Docs(kept["ห้อง"])); // the kept sets are shared by every search: never changed
    }

    [Fact]
    public void A_segment_keeps_the_docs_of_a_common_token_in_every_text_field_and_nothing_of_a_rare_one()
    {
        var weaving = TextQuery.Words("ผ้าทอ weaving").SelectMany(w => w).ToList();
        var xylophone = TextQuery.Words("xylophone")[0][0];
        var sets = _index.Index.Read(searcher => searcher.IndexReader.Leaves.Select(leaf =>
        {
            var segment = SegmentBits.For(leaf.AtomicReader);
            Assert.Null(segment.TokenDocs(xylophone, 40));
            return weaving.ToDictionary(token => token, token => segment.TokenDocs(token, 40)!);
        }).ToList());

        // Half the bodies and three other fields: every doc of the word in any field (replaced and deleted ones included).
        Assert.All(weaving, token => Assert.True(sets.Sum(kept => kept[token].Cardinality) >= 1200 + 3));
    }

    private static FixedBitSet Bits(params int[] docs)
    {
        var bits = new FixedBitSet(8);
        foreach (var doc in docs) bits.Set(doc);
        return bits;
    }

    private static List<int> Docs(FixedBitSet? bits)
    {
        var docs = new List<int>();
        for (var doc = bits!.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1) docs.Add(doc);
        return docs;
    }
}
