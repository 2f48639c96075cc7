using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Credentials;

public sealed record Attendance(int ActivityId, int SessionId, int RegistrationId);

internal static class CredentialTestData
{
    private static readonly DateTime Past = new(2025, 1, 10, 2, 0, 0, DateTimeKind.Utc);

    public static Task<int> AddAchievementAsync(this AppFactory factory, int? cityId, int? organisationId = null, int? validForDays = null, string? name = null) =>
        factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
            var a = new Achievement
            {
                Name = new BilingualText(name ?? "เหรียญนักจักสาน", "Basket weaver"), Description = new BilingualText("จักสานไม้ไผ่ได้ด้วยตนเอง"),
                Criteria = new BilingualText("เข้าร่วมเวิร์กช็อปครบสามชั่วโมง"), SkillTopicIds = [topic], CityId = cityId, OrganisationId = organisationId,
                ValidForDays = validForDays, CreatedAt = Past, UpdatedAt = Past, Version = 1,
            };
            db.Achievements.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

    public static Task<Attendance> AddRegistrationAsync(this AppFactory factory, int? cityId, Guid learnerId, bool attended, int? autoAchievementId = null, int? organisationId = null) =>
        factory.WithDbAsync(async db =>
        {
            var activity = new Activity
            {
                Title = new BilingualText("เวิร์กช็อปจักสาน " + Guid.NewGuid().ToString("N")[..6], "Basketry workshop"), CityId = cityId, OrganisationId = organisationId,
                Status = PublicationStatus.Published, AutoAchievementId = autoAchievementId, CreatedAt = Past, UpdatedAt = Past, Version = 1,
            };
            activity.Sessions.Add(new ActivitySession { StartsAt = Past, EndsAt = Past.AddHours(3), Capacity = 20, ConfirmedCount = 1 });
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            var registration = new Registration
            {
                SessionId = activity.Sessions[0].Id, ActivityId = activity.Id, UserId = learnerId, Status = RegistrationStatus.Confirmed,
                TicketCode = Guid.NewGuid().ToString("N")[..16], AgeGroup = AgeGroup.WorkingAge, CreatedAt = Past, ConsentVersion = "1", ConsentedAt = Past,
                AttendedAt = attended ? Past.AddHours(1) : null,
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            return new Attendance(activity.Id, activity.Sessions[0].Id, registration.Id);
        });

    public static async Task<IssuedCredentialResult> IssueAsync(this AppFactory factory, int achievementId, TestUser learner)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var issuer = scope.ServiceProvider.GetRequiredService<CredentialIssuer>();
        var result = await issuer.IssueAsync(achievementId, CredentialRecipient.Person(learner.Id, learner.Email, learner.Email.Split('@')[0]),
            $"test:{Guid.NewGuid():N}", null, default);
        await scope.ServiceProvider.GetRequiredService<Common.Data.AppDbContext>().SaveChangesAsync();
        return result;
    }

    /// <summary>A credential for a new learner of a new city's achievement.</summary>
    public static async Task<(IssuedCredentialResult Credential, TestUser Learner, int CityId, int AchievementId)> NewCredentialAsync(this AppFactory factory, int? validForDays = null)
    {
        var cityId = await factory.AddCityAsyncForCredentials();
        var achievementId = await factory.AddAchievementAsync(cityId, validForDays: validForDays);
        var learner = await factory.CreateAsync();
        return (await factory.IssueAsync(achievementId, learner), learner, cityId, achievementId);
    }

    public static Task<int> AddCityAsyncForCredentials(this AppFactory factory) =>
        Cities.CityTestData.AddCityAsync(factory, Cities.CityTestData.Unique("เทศบาลตำบลเหรียญตรา"));
}
