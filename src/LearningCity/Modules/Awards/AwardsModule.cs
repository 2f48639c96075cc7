namespace LearningCity.Modules.Awards;

/// <summary>
/// Pillar 3: the Thailand Learning City Awards — cycles with categories and weighted criteria, city applications,
/// judging with conflict-of-interest rules, the panel's decisions and the published results with credentials.
/// Each feature folder registers its own services and endpoints.
/// </summary>
public static class AwardsModule
{
    public static void AddAwardsModule(this WebApplicationBuilder builder)
    {
        Cycles.CyclesFeature.Add(builder.Services);
        Applications.ApplicationsFeature.Add(builder.Services);
        Judging.JudgingFeature.Add(builder.Services);
        Results.ResultsFeature.Add(builder.Services);
        builder.Services.AddSingleton<Common.Data.IStartupSeeder, Seed.AwardsSeeder>();
    }

    public static void MapAwards(this WebApplication app)
    {
        Cycles.CyclesFeature.Map(app);
        Applications.ApplicationsFeature.Map(app);
        Judging.JudgingFeature.Map(app);
        Results.ResultsFeature.Map(app);
    }
}
