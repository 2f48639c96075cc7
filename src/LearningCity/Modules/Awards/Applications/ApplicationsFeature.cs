namespace LearningCity.Modules.Awards.Applications;

internal static class ApplicationsFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Eligibility>();
        services.AddScoped<ApplicationFacts>();
        services.AddScoped<ApplicationDrafts>();
    }

    public static void Map(WebApplication app)
    {
        app.MapApplicationsApi();
    }
}
