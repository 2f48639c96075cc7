using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

public sealed class SearchRebuildTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed class ListSource(params SearchDocument[] documents) : ISearchSource
    {
        public string Type => "resource";

        public Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct) =>
            Task.FromResult(documents.LastOrDefault(d => d.Id == id));

        public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
        {
            foreach (var d in documents) yield return d;
            await Task.CompletedTask;
        }
    }

    [Fact]
    public async Task After_a_rebuild_the_index_is_merged_down_to_a_few_segments_and_keeps_every_item()
    {
        // One segment more than a rebuild leaves, and fewer than the ten equal segments after which Lucene's merge policy
        // merges on its own in the background (that merge, finished or not, made the count before vary from run to run).
        var ids = Enumerable.Range(1, SearchIndex.SegmentsAfterRebuild + 1).Select(i => i.ToString()).ToList();
        using var test = new SearchTestIndex(index =>
        {
            foreach (var id in ids)
            {
                index.Upsert(Doc(id, "ห้องสมุดชุมชน " + id));
                index.Commit(long.Parse(id), DateTimeOffset.UnixEpoch); // each commit makes a segment
            }
        });
        Assert.True(test.Index.Segments > SearchIndex.SegmentsAfterRebuild, $"{test.Index.Segments} segments before");

        test.Index.CompactAfterRebuild();
        test.Index.Commit(ids.Count, DateTimeOffset.UnixEpoch);

        Assert.InRange(test.Index.Segments, 1, SearchIndex.SegmentsAfterRebuild);
        Assert.Equal(ids.Order(), (await test.IdsAsync("ห้องสมุด")).Order());
        Assert.Equal(ids.Count, test.Index.Watermark);
    }

    [Fact]
    public async Task A_rebuild_keeps_one_document_per_item_even_when_a_source_yields_an_item_twice()
    {
        var path = Path.Combine(factory.Database.Directory, "rebuild-" + Guid.NewGuid().ToString("N")[..8]);
        using var index = new SearchIndex(path);
        var source = new ListSource(Doc("1", "ห้องสมุดเก่า"), Doc("2", "ตลาดน้ำ"), Doc("3", "สวนผัก"), Doc("1", "ห้องสมุดใหม่"));
        var indexer = new SearchIndexer(index, [source], factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Services.GetRequiredService<IConfiguration>(), TimeProvider.System, NullLogger<SearchIndexer>.Instance);

        await indexer.RebuildAsync(TestContext.Current.CancellationToken);
        await indexer.RebuildAsync(TestContext.Current.CancellationToken);

        var service = SearchTestIndex.Over(index);
        var all = await service.SearchAsync(new SearchQuery { PageSize = 100 }, TestContext.Current.CancellationToken);
        Assert.Equal(["1", "2", "3"], all.Hits.Select(h => h.Id).Order());
        var library = await service.SearchAsync(new SearchQuery { Text = "ห้องสมุด" }, TestContext.Current.CancellationToken);
        Assert.Equal(["ห้องสมุดใหม่"], library.Hits.Select(h => h.Title));
    }
}
