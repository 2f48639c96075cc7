namespace LearningCity.Modules.Awards.Cycles;

internal static class CyclesFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(WebApplication app)
    {
    }
}
