using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Geography;
using LearningCity.Modules.Cities.Seed;

namespace LearningCity.Modules.Cities;

public static class CitiesModule
{
    public static void AddCitiesModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IStartupSeeder, GeographySeeder>();
        builder.Services.AddSingleton<IStartupSeeder, DemoCitySeeder>();
    }

    public static void MapCities(this WebApplication app)
    {
        app.MapGeographyApi();
    }
}
