using LearningCity.Common.Data;
using LearningCity.Modules.Search.Api;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Lists;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using LearningCity.Modules.Search.SearchPage;
using LearningCity.Modules.Search.Synonyms;

namespace LearningCity.Modules.Search;

public static class SearchModule
{
    public static void AddSearchModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SearchSynonyms>();
        services.AddSearchSynonymAdmin();
        services.AddSingleton(sp => new SearchIndex(SearchIndex.PathFrom(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService<SearchIndexTailer>();
        services.AddSingleton<SearchReadiness>();
        services.AddHealthChecks().AddCheck<SearchReadiness>("search", tags: ["ready"]);
        services.AddSingleton<FacetLabels>();
        services.AddSingleton(sp => new QueryReading(sp.GetRequiredService<SearchSynonyms>(), sp.GetServices<ISearchPlaces>()));
        // Search:QueryThreads: how many ranges of a large index one search reads at once (0: one per core, at most 4).
        var threads = Math.Max(0, builder.Configuration.GetValue("Search:QueryThreads", 0));
        services.AddScoped<ISearchService>(sp => new SearchService(
            sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<FacetLabels>(), sp.GetRequiredService<AppDbContext>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<QueryReading>(), parts: threads));
    }

    public static void MapSearch(this WebApplication app)
    {
        app.MapSearchApi();
        app.MapSearchExport();
        app.MapSearchSynonyms();
    }
}
