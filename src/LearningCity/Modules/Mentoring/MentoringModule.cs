using LearningCity.Common.Data;
using LearningCity.Modules.Forum.Public;
using LearningCity.Modules.Mentoring.Api;
using LearningCity.Modules.Mentoring.Pairs;
using LearningCity.Modules.Mentoring.Public;
using LearningCity.Modules.Mentoring.Seed;
using LearningCity.Modules.Mentoring.Suggestions;

namespace LearningCity.Modules.Mentoring;

/// <summary>Pillar 1's mentoring between cities: pairs suggested from assessment gaps, requested, accepted and followed up.</summary>
public static class MentoringModule
{
    public static void AddMentoringModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<PairAccess>();
        services.AddScoped<PairNotices>();
        services.AddScoped<PairRequests>();
        services.AddScoped<PairForumSpace>();
        services.AddForumSpaceMembers<PairForumSpace>();
        services.AddScoped<PairRecords>();
        services.AddScoped<PairReader>();
        services.AddScoped<MentorSuggestions>();
        services.AddScoped<ICityMentoring, CityMentoring>();
        services.AddScoped<IMentoringTies, MentoringTies>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.MentoringPersonalData>();
        services.AddSingleton<IStartupSeeder, DemoMentoringSeeder>();
    }

    public static void MapMentoring(this WebApplication app) => app.MapMentoringApi();
}
