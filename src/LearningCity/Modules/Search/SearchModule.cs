using LearningCity.Modules.Search.Api;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using LearningCity.Modules.Search.SearchPage;

namespace LearningCity.Modules.Search;

public static class SearchModule
{
    public static void AddSearchModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new SearchIndex(SearchIndex.PathFrom(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())));
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService<SearchIndexTailer>();
        services.AddSingleton<FacetLabels>();
        services.AddScoped<ISearchService, SearchService>();
    }

    public static void MapSearch(this WebApplication app)
    {
        app.MapSearchApi();
        app.MapSearchExport();
    }
}
