using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Attendance;
using LearningCity.Modules.Booster.Passport;
using LearningCity.Modules.Booster.Badges;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Notifications;
using LearningCity.Modules.Booster.Calendar;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Booster.Activities;
using LearningCity.Modules.Booster.Discovery;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Booster;

/// <summary>Pillar 6, the Lifelong Learning Booster: activities, registration, attendance, notifications, learning passport.</summary>
public static class BoosterModule
{
    public static void AddBoosterModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<LearnerNotifier>();
        services.AddScoped<Public.PersonalNotices>();
        services.AddScoped<IBoosterOutputs, Outputs.BoosterOutputFigures>();
        services.AddScoped<IUpcomingActivities, UpcomingActivities>();
        services.AddScoped<CityActivities>();
        services.AddScoped<Identity.Public.IPersonalData, Privacy.BoosterPersonalData>();
        services.AddScoped<AttendanceRecorder>();
        services.AddScoped<SessionRoster>();
        services.AddScoped<SessionAttendance>();
        services.AddScoped<LearningPassport>();
        services.AddScoped<PassportEntries>();
        services.AddSingleton<IStartupSeeder, DemoPassportSeeder>();
        services.AddScoped<Seats.SeatCounter>();
        services.AddScoped<ISeats>(sp => sp.GetRequiredService<Seats.SeatCounter>());
        services.AddScoped<Seats.ISeatLedger, Seats.BoosterSessionLedger>();
        services.AddScoped<Seats.ISeatLedger, Seats.HeldSeatLedger>();
        services.AddScoped<SessionRegistration>();
        services.AddScoped<RegistrationCancellation>();
        services.AddScoped<NotificationCentre>();
        services.AddScoped<SessionReminders>();
        services.AddHostedService<ReminderService>();
        services.AddScoped<CalendarFiles>();
        services.AddScoped<CalendarFeeds>();
        services.AddSingleton<IStartupSeeder, DemoRegistrationSeeder>();
        services.AddScoped<ActivityRules>();
        services.AddScoped<ActivityEditing>();
        services.AddScoped<ActivitySchedule>();
        services.AddSearchSource<ActivitySearchSource>();
        services.AddSingleton<IStartupSeeder, DemoActivitySeeder>();
        services.AddScoped<Recommendations>();
        services.AddScoped<AchievementEditing>();
        services.AddScoped<AchievementList>();
        services.AddScoped<BadgeIssuing>();
        services.AddScoped<IAttendanceListener, AutoBadgeOnAttendance>();
        services.AddSingleton<IStartupSeeder, DemoBadgeSeeder>();
    }

    public static void MapBooster(this WebApplication app)
    {
        app.MapRegistrationsApi();
        app.MapAttendanceApi();
        app.MapPassportApi();
        Outputs.OutputsApi.MapOutputsApi(app);
        app.MapNotificationsApi();
        app.MapTicketQr();
        app.MapCalendarFiles();
        app.MapActivitiesApi();
        app.MapRecommendationsApi();
        app.MapAchievementsApi();
    }
}
