using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

internal sealed record TestSession(int ActivityId, int SessionId)
{
    public string RegisterPath => $"/activities/{ActivityId}/sessions/{SessionId}/register";
    public string ApiPath => $"/api/v1/activities/{ActivityId}/sessions/{SessionId}/registrations";
}

/// <summary>Published activities with one session, written straight to the database (the activity pages are not under test here).</summary>
internal static class RegistrationTestData
{
    public static Task<TestSession> AddSessionAsync(this AppFactory factory, int capacity = 20, TimeSpan? startsIn = null,
        PublicationStatus status = PublicationStatus.Published, SessionStatus sessionStatus = SessionStatus.Scheduled,
        DateTime? opensAt = null, DateTime? closesAt = null, string title = "เวิร์กช็อปทดสอบ", DateTime? startsAt = null) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var start = startsAt ?? now + (startsIn ?? TimeSpan.FromDays(3));
            var activity = new Activity
            {
                Title = new BilingualText(title, "Test workshop"), Description = new BilingualText("รายละเอียด"),
                Status = status, ProvinceCode = "TH-50", RegistrationOpensAt = opensAt, RegistrationClosesAt = closesAt,
                CreatedAt = now, UpdatedAt = now, Version = 1,
                Sessions = [new ActivitySession { StartsAt = start, EndsAt = start.AddHours(2), Capacity = capacity, Status = sessionStatus }],
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return new TestSession(activity.Id, activity.Sessions[0].Id);
        });

    public static Task SetBirthYearAsync(this AppFactory factory, Guid userId, int year) =>
        factory.WithDbAsync(async db =>
        {
            var user = await db.Users.FindAsync(userId);
            user!.BirthYear = year;
            await db.SaveChangesAsync();
            return 0;
        });
}
