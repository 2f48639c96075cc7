using LearningCity.Common.Data;
using LearningCity.Modules.Research.Api;
using LearningCity.Modules.Research.Catalogue;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Research.Public;
using LearningCity.Modules.Research.Search;
using LearningCity.Modules.Research.Seed;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Research;

/// <summary>Pillar 2's research repository: reports, papers, policy briefs, datasets and case studies about learning cities.</summary>
public static class ResearchModule
{
    public static void AddResearchModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ResearchEditing>();
        services.AddScoped<ResearchCityNames>();
        services.AddScoped<ICityResearch, CityResearch>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.ResearchPersonalData>();
        services.AddSearchSource<ResearchSearchSource>();
        services.AddSingleton<IStartupSeeder, DemoResearchSeeder>();
    }

    public static void MapResearch(this WebApplication app)
    {
        app.MapResearchApi();
        app.MapResearchFile();
    }
}
