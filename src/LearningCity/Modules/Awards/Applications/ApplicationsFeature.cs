namespace LearningCity.Modules.Awards.Applications;

internal static class ApplicationsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(WebApplication app)
    {
    }
}
