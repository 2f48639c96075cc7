using System.Net;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>A node whose first index build waits at a gate the test opens, and which warms up with a few searches.</summary>
public sealed class GatedIndexFactory : AppFactory
{
    protected override bool StartsFromSeededCopy => false; // its first index build is the subject

    public const int WarmupSearches = 40;

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Search:WarmupSearches", WarmupSearches.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<ISearchSource>(new GatedSource(Gate)));
    }

    private sealed class GatedSource(TaskCompletionSource gate) : ISearchSource
    {
        public string Type => "gated";

        public Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct) => Task.FromResult<SearchDocument?>(null);

        public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
        {
            await gate.Task.WaitAsync(ct);
            yield return Doc("1", "ห้องสมุดประตู", type: "gated");
        }
    }
}

public sealed class SearchReadinessTests(GatedIndexFactory factory) : IClassFixture<GatedIndexFactory>
{
    [Fact]
    public async Task A_node_is_not_ready_until_its_index_is_built_and_warmed_and_the_warm_up_searches_its_own_words()
    {
        var client = factory.CreateClient();
        var waiting = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.False(factory.Services.GetRequiredService<SearchReadiness>().IsReady);

        factory.Gate.SetResult();
        await factory.WaitUntilReadyAsync();

        var readiness = factory.Services.GetRequiredService<SearchReadiness>();
        Assert.Equal(GatedIndexFactory.WarmupSearches, readiness.WarmupSearches);
        var found = await factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<ISearchService>().SearchAsync(new SearchQuery { Text = "ห้องสมุดประตู" }, TestContext.Current.CancellationToken);
        Assert.Equal(["1"], found.Hits.Where(h => h.Type == "gated").Select(h => h.Id));
    }

    [Fact]
    public void The_warm_up_words_are_the_commonest_thai_tokens_of_the_titles_without_pair_terms()
    {
        using var index = new SearchTestIndex(
            Doc("1", "ตลาด สวน market"), Doc("2", "ตลาด สวน market"), Doc("3", "ตลาด สวน น้ำ market"), Doc("4", "ตลาด market"),
            Doc("5", "น้ำ market"));

        var words = index.Index.Read(s => SearchWarmup.Commonest(s.IndexReader, SearchFields.TitleTh, 3, thaiOnly: true));

        // market is in 5 titles but not Thai; the pair ตลาด|สวน is in 3, as many as สวน, and is left out.
        Assert.Equal(["ตลาด", "สวน", "น้ำ"], words);
        var queries = SearchWarmup.Queries(words, "resource");
        Assert.Contains(queries, q => q.Text == "ตลาด สวน" && q.Sort == SearchSort.Relevance);
        Assert.Contains(queries, q => q.Text is null && q.Filters.ContainsKey("type"));
        Assert.Contains(queries, q => q.Sort == SearchSort.Distance && q.Latitude is not null);
        Assert.Contains(queries, q => q.Text == "ทน. สวน");
        Assert.Contains(queries, q => q.Text == "Chiang Mai ตลาด");
    }
}
