using System.Net;
using System.Net.Http.Json;
using LearningCity.Modules.Booster.Public;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The person as a learner and as their city's organiser: registers for two sessions of their city (and is checked in
/// by themselves as coordinator, with another learner), records learning, opens their passport, sets preferences and a
/// calendar feed, holds a place in a cohort (seat contract), publishes an activity with themselves as its contact, defines a badge and issues it to both
/// attendees (themselves included), reports someone's resource in their own words and, as admin, resolves another's report.
/// </summary>
internal static class LearnerSteps
{
    /// <summary>Answers how many attendances the city's output figures count.</summary>
    public static async Task<int> RunAsync(AccountInModules a)
    {
        var f = a.Factory;
        var first = await f.AddCitySessionAsync(cityId: a.CityId);
        var second = await f.AddCitySessionAsync(cityId: a.CityId);
        var other = await f.RegisterLearnerAsync(first);
        var mine = new List<int>();
        foreach (var session in new[] { first, second })
        {
            var registration = await (await a.Client.PostAsJsonAsync(session.ApiPath + "/registrations", new { consent = true })).ExpectJsonAsync(HttpStatusCode.Created);
            mine.Add(registration.GetProperty("id").GetInt32());
            await (await a.Client.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = registration.GetProperty("ticketCode").GetString() })).ExpectJsonAsync();
        }
        await (await a.Client.PostAsJsonAsync(first.ApiPath + "/attendance", new { ticketCode = other.Ticket })).ExpectJsonAsync();

        await (await a.Client.PostAsJsonAsync("/api/v1/me/passport/self-declared", new { title = "เรียนทอผ้า", completedOn = "2025-01-05", hours = 3 }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        await (await a.Client.PutAsJsonAsync("/api/v1/me/passport/visibility", new { isPublic = true })).ExpectJsonAsync();
        (await a.Client.PutAsJsonAsync("/api/v1/me/notification-preferences", new[] { new { kind = "Reminder", email = true, inApp = true } })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await a.Client.GetAsync("/me/calendar")).StatusCode);
        await f.WithScopeAsync(async s =>
        {
            // A place in a cohort as the Academy will take one, through the shared seat contract.
            var seats = s.GetRequiredService<ISeats>();
            var cohort = new SeatedThing("privacy-cohort", 1);
            await seats.SetCapacityAsync(cohort, 5, CancellationToken.None);
            Assert.True((await seats.TakeAsync(cohort, a.User.Id, CancellationToken.None)).Taken);
        });

        var activity = ActivityTestData.Body(f, a.CityId);
        (activity["contactName"], activity["contactEmail"]) = (a.DisplayName, a.User.Email);
        await a.Client.CreateActivityAsync(activity);

        var badge = await (await a.Client.PostAsJsonAsync("/api/v1/achievements", new
        {
            nameTh = CityTestData.Unique("เหรียญช่างทอ"), descriptionTh = "ทอผ้าได้", criteriaTh = "เข้าร่วมกิจกรรม", skillTopicIds = Array.Empty<int>(), cityId = a.CityId,
        })).ExpectJsonAsync(HttpStatusCode.Created);
        (await a.Client.PostAsJsonAsync($"/api/v1/achievements/{badge.GetProperty("id").GetInt32()}/issue",
            new { registrationIds = new[] { mine[0], other.RegistrationId } })).EnsureSuccessStatusCode();

        await ReportsAsync(a, other.Client);
        return 3;
    }

    private static async Task ReportsAsync(AccountInModules a, HttpClient other)
    {
        var resource = await a.Factory.AddResourceAsync(CityTestData.Unique("คู่มือที่มีข้อผิดพลาด"));
        await (await a.Client.PostAsJsonAsync("/api/v1/reports", new
        {
            contentType = "resource", contentId = resource, reason = "incorrect", details = $"{a.DisplayName} ({a.User.Email}) พบข้อมูลผิดในหน้า 3",
        })).ExpectJsonAsync(HttpStatusCode.Created);
        var theirs = await (await other.PostAsJsonAsync("/api/v1/reports", new { contentType = "resource", contentId = resource, reason = "outdated" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent,
            (await a.Client.PostAsJsonAsync($"/api/v1/admin/reports/{theirs.GetProperty("id").GetInt64()}/dismiss", new { note = "ตรวจแล้วถูกต้อง" })).StatusCode);
    }
}
