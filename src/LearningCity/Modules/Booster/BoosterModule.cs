using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Attendance;
using LearningCity.Modules.Booster.Badges;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Notifications;

namespace LearningCity.Modules.Booster;

/// <summary>Pillar 6, the Lifelong Learning Booster: activities, registration, attendance, notifications, learning passport.</summary>
public static class BoosterModule
{
    public static void AddBoosterModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<LearnerNotifier>();
        services.AddScoped<AttendanceRecorder>();
        services.AddScoped<AchievementEditing>();
        services.AddScoped<AchievementList>();
        services.AddScoped<BadgeIssuing>();
        services.AddScoped<IAttendanceListener, AutoBadgeOnAttendance>();
        services.AddSingleton<IStartupSeeder, DemoBadgeSeeder>();
    }

    public static void MapBooster(this WebApplication app)
    {
        app.MapAchievementsApi();
    }
}
