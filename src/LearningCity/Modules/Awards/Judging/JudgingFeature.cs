namespace LearningCity.Modules.Awards.Judging;

internal static class JudgingFeature
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(WebApplication app)
    {
    }
}
