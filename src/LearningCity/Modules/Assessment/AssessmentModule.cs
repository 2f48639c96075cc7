using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Assessment.Scores;

namespace LearningCity.Modules.Assessment;

/// <summary>Pillar 2: indicator framework, city self-assessment and review, scores, dashboards and open data.</summary>
public static class AssessmentModule
{
    public static void AddAssessmentModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PlatformFigures>();
        services.AddScoped<CityAssessmentResults>();
        services.AddScoped<IndicatorScores>();
        services.AddScoped<CycleScores>();
        services.AddScoped<SelfAssessment.AssessmentAccess>();
        services.AddScoped<SelfAssessment.AssessmentDrafts>();
        services.AddScoped<Review.AssessmentReview>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.AssessmentPersonalData>();
        services.AddScoped<Frameworks.FrameworkEditing>();
        services.AddScoped<Cycles.CycleOpening>();
        services.AddScoped<Dashboards.NationalDashboard>();
        services.AddScoped<Dashboards.CityDashboard>();
        services.AddScoped<Dashboards.Insights>();
        services.AddSingleton<IStartupSeeder, Seed.AssessmentSeeder>();
    }

    public static void MapAssessment(this WebApplication app)
    {
        Frameworks.FrameworksApi.MapFrameworksApi(app);
        Cycles.CyclesApi.MapCyclesApi(app);
        SelfAssessment.SelfAssessmentApi.MapSelfAssessmentApi(app);
        SelfAssessment.EvidenceFiles.MapEvidenceFiles(app);
        Review.ReviewApi.MapReviewApi(app);
        Dashboards.DashboardApi.MapDashboardApi(app);
        Dashboards.OpenResults.MapOpenResults(app);
    }
}
