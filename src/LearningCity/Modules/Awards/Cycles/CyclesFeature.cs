namespace LearningCity.Modules.Awards.Cycles;

internal static class CyclesFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<CycleEditing>();
    }

    public static void Map(WebApplication app)
    {
        app.MapCyclesApi();
    }
}
