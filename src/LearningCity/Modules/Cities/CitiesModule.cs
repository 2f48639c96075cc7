using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Approval;
using LearningCity.Modules.Cities.Directory;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Cities.Geography;
using LearningCity.Modules.Cities.Import;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Cities.Search;
using LearningCity.Modules.Cities.Seed;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Cities;

public static class CitiesModule
{
    public static void AddCitiesModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStartupSeeder, GeographySeeder>();
        builder.Services.AddSingleton<IStartupSeeder, DemoCitySeeder>();
        builder.Services.AddScoped<CityAccess>();
        builder.Services.AddScoped<CityLookup>();
        builder.Services.AddScoped<CityCoordinators>();
        builder.Services.AddScoped<CityNetwork>();
        builder.Services.AddScoped<Public.ProvinceNames>();
        builder.Services.AddScoped<CityRules>();
        builder.Services.AddScoped<CityCreation>();
        builder.Services.AddScoped<CityApproval>();
        builder.Services.AddScoped<CityImporter>();
        builder.Services.AddScoped<Identity.Public.IPersonalData, Privacy.CitiesPersonalData>();
        builder.Services.AddSearchSource<CitySearchSource>();
        builder.Services.AddSearchFacetLabels<ProvinceFacetLabels>();
        builder.Services.AddSearchFacetLabels<RegionFacetLabels>();
        builder.Services.AddSearchPlaces<Geography.SearchPlaceNames>();
    }

    public static void MapCities(this WebApplication app)
    {
        app.MapGeographyApi();
        var cities = app.MapGroup("/api/v1/cities").WithTags("Cities");
        cities.MapDirectoryApi();
        cities.MapEditingApi();
        cities.MapApprovalApi();
        cities.MapImportApi(app);
    }
}
