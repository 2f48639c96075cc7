using LearningCity.Modules.Awards.Public;

namespace LearningCity.Modules.Awards.Results;

internal static class ResultsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<AwardPublication>();
        services.AddScoped<PublishedResults>();
        services.AddScoped<FeedbackReport>();
        services.AddScoped<ICityAwards, CityAwards>();
        services.AddScoped<ILatestAwards, LatestAwards>();
    }

    public static void Map(WebApplication app) => app.MapResultsApi();
}
