using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Api;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Catalogue;
using LearningCity.Modules.Academy.Search;
using LearningCity.Modules.Academy.Seed;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Academy;

/// <summary>Pillar 1's Academy: courses for the people who run learning cities, organised by the four capacities.</summary>
public static class AcademyModule
{
    public static void AddAcademyModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CourseAuthoring>();
        services.AddScoped<LessonRules>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.AcademyPersonalData>();
        services.AddScoped<Enrolling.Enrolments>();
        services.AddScoped<Enrolling.EnrolmentReading>();
        services.AddScoped<Enrolling.LessonSteps>();
        services.AddScoped<Enrolling.CourseCompletion>();
        services.AddScoped<Enrolling.CourseLearning>();
        services.AddScoped<Cohorts.CohortPlanning>();
        services.AddScoped<Quizzes.QuizAuthoring>();
        services.AddScoped<Team.TeamEnrolment>();
        services.AddScoped<Booster.Public.IPassportLearning, Passport.AcademyPassportLearning>();
        services.AddSearchSource<CourseSearchSource>();
        services.AddSingleton<IStartupSeeder, DemoCourseSeeder>();
        services.AddSingleton<IStartupSeeder, DemoLearningSeeder>();
    }

    public static void MapAcademy(this WebApplication app)
    {
        app.MapAcademyApi();
        app.MapLearningApi();
        app.MapTeamApi();
        app.MapLessonFile();
    }
}
