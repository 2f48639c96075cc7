using System.Net;
using System.Net.Http.Json;
using LearningCity.Tests.Assessment;
using LearningCity.Tests.Awards;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Mentoring;

/// <summary>The Awards' conflict-of-interest check reads the platform's real mentoring pairs.</summary>
public sealed class MentoringConflictTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_judge_who_mentors_a_city_through_a_pair_is_barred_from_judging_it()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, applicantCity) = await factory.SubmittedApplicationAsync(cycle, province: "TH-50");
        var judge = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-90");
        var other = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-90");

        var mentor = await factory.CityAsync("เมืองพี่เลี้ยงของผู้สมัคร");
        var menteeCoordinator = await factory.CreateAsync(LearningCity.Common.Auth.Roles.Coordinator, cities: [applicantCity]);
        var mentee = new MentoringCity(applicantCity, menteeCoordinator, await factory.ApiClientAsync(menteeCoordinator));
        var pair = await MentoringTestData.ActivePairAsync(mentor, mentee);
        await (await mentor.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{pair}/people", new { email = judge.User.Email, side = "Mentor" }))
            .ExpectJsonAsync(HttpStatusCode.Created);

        var request = new HttpRequestMessage(HttpMethod.Post, $"{cycle.Url}/assignments") { Content = JsonContent.Create(new { applicationId = application, judgeUserId = judge.User.Id }) };
        var problem = await (await admin.SendAsync(request.InEnglish())).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("mentors this city", problem.Detail());
        Assert.Equal(["Mentoring"], problem.ReasonCodes());
        // A judge in no pair with the city is assigned as before.
        await admin.AssignedAsync(cycle, application, other);
    }

    [Fact]
    public async Task A_declined_request_never_bars_a_judge_but_a_recently_completed_pair_still_does()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, applicantCity) = await factory.SubmittedApplicationAsync(cycle, province: "TH-50");
        var judge = await factory.JudgeOnPanelAsync(admin, cycle, province: "TH-90");
        var menteeCoordinator = await factory.CreateAsync(LearningCity.Common.Auth.Roles.Coordinator, cities: [applicantCity]);
        var mentee = new MentoringCity(applicantCity, menteeCoordinator, await factory.ApiClientAsync(menteeCoordinator));

        var declinedMentor = await factory.CityAsync();
        await declinedMentor.WillingAsync();
        var proposal = (await (await mentee.Client.RequestAsync(declinedMentor.Id, mentee.Id, "A1.1")).ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await declinedMentor.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{proposal}/people", new { email = judge.User.Email, side = "Mentor" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        await (await declinedMentor.Client.PostAsync($"/api/v1/mentoring/pairs/{proposal}/decline", null)).ExpectJsonAsync();
        var check = await admin.AssignAsync(cycle, application, judge);
        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var assignment = (await check.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{cycle.Url}/assignments/{assignment}")).StatusCode);

        var completedMentor = await factory.CityAsync();
        var pair = await MentoringTestData.ActivePairAsync(completedMentor, mentee, "A1.2");
        await (await completedMentor.Client.PostAsJsonAsync($"/api/v1/mentoring/pairs/{pair}/people", new { email = judge.User.Email, side = "Mentor" }))
            .ExpectJsonAsync(HttpStatusCode.Created);
        await (await completedMentor.Client.PostAsync($"/api/v1/mentoring/pairs/{pair}/complete", null)).ExpectJsonAsync();
        var barred = await (await admin.AssignAsync(cycle, application, judge)).ExpectJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(["Mentoring"], barred.ReasonCodes());
    }
}
