namespace LearningCity.Modules.Awards.Results;

internal static class ResultsFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(WebApplication app)
    {
    }
}
