using LearningCity.Common.Content;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Funding;
using LearningCity.Modules.Resources.Import;
using LearningCity.Modules.Resources.OpenData;
using LearningCity.Modules.Resources.Library;
using LearningCity.Modules.Resources.Moderation;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Seed;
using LearningCity.Modules.Resources.Search;
using LearningCity.Modules.Resources.Spaces;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Resources;

/// <summary>Pillar 4's knowledge base: learning resources, learning spaces and funding sources.</summary>
public static class ResourcesModule
{
    public static void AddResourcesModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PublisherAccess>();
        services.AddScoped<CityContentFigures>();
        services.AddScoped<LibraryResources>();
        services.AddScoped<SpaceLocations>();
        services.AddSingleton<IStartupSeeder, TopicSeeder>();
        services.AddScoped<SpaceRules>();
        services.AddScoped<SpaceEditing>();
        services.AddSingleton<IStartupSeeder, DemoSpaceSeeder>();
        services.AddScoped<FundingRules>();
        services.AddScoped<FundingEditing>();
        services.AddSingleton<IStartupSeeder, DemoFundingSeeder>();
        services.AddSearchSource<SpaceSearchSource>();
        services.AddSearchSource<FundingSearchSource>();
        services.AddSearchSource<ResourceSearchSource>();
        services.AddSearchFacetLabels<TopicFacetLabels>();
        services.AddSearchFacetLabels<AudienceFacetLabels>();
        services.AddScoped<ResourceEditing>();
        services.AddScoped<ResourceNames>();
        services.AddScoped<ContentModeration>();
        services.AddSingleton<IStartupSeeder, DemoResourceSeeder>();
        services.AddContentImport();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.ResourcesPersonalData>();
    }

    public static void MapResources(this WebApplication app)
    {
        app.MapSpacesApi();
        app.MapFundingApi();
        app.MapResourcesApi();
        app.MapResourceFile();
        app.MapReportsApi();
        app.MapImportApi();
        app.MapOpenData();
    }
}
