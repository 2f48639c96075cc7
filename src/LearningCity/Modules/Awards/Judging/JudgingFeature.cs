namespace LearningCity.Modules.Awards.Judging;

internal static class JudgingFeature
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<JudgingRules>();
        services.AddScoped<ConflictCheck>();
        services.AddScoped<ConflictRecords>();
        services.AddScoped<JudgePanel>();
        services.AddScoped<Assigning>();
        services.AddScoped<AutomaticAssignment>();
        services.AddScoped<AssignmentCsv>();
        services.AddScoped<Scoring>();
        services.AddScoped<JudgeReading>();
        services.AddScoped<PanelView>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.AwardsPersonalData>();
        services.AddScoped<Decisions>();
    }

    public static void Map(WebApplication app)
    {
        PanelApi.MapPanelApi(app);
        JudgingApi.MapJudgingApi(app);
    }
}
