using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class OutputFigureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Figures_count_registrations_attendance_learners_and_hours_by_age_group_and_survive_an_account_deletion()
    {
        var session = await factory.AddCitySessionAsync();
        var young = await factory.RegisterLearnerAsync(session);
        var older = await factory.RegisterLearnerAsync(session);
        var cancelled = await factory.RegisterLearnerAsync(session);
        await factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == young.RegistrationId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AgeGroup, AgeGroup.Youth)));
        await factory.WithDbAsync(db => db.Registrations.Where(r => r.Id == older.RegistrationId).ExecuteUpdateAsync(u => u.SetProperty(r => r.AgeGroup, AgeGroup.OlderPersons)));
        (await cancelled.Client.PostAsync($"/api/v1/me/registrations/{cancelled.RegistrationId}/cancel", null)).EnsureSuccessStatusCode();
        var coordinator = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [session.CityId]));
        (await coordinator.PostAsJsonAsync(session.ApiPath + "/attendance", new { ticketCode = young.Ticket })).EnsureSuccessStatusCode();

        var figures = await JsonAsync(await coordinator.GetAsync($"/api/v1/activities/{session.ActivityId}/outputs"));
        var total = figures.GetProperty("total");
        Assert.Equal((2, 1, 1, 2.0), (total.GetProperty("registrations").GetInt32(), total.GetProperty("attendances").GetInt32(),
            total.GetProperty("learners").GetInt32(), total.GetProperty("learningHours").GetDouble()));
        var youth = figures.GetProperty("byAgeGroup").EnumerateArray().Single(g => g.GetProperty("ageGroup").ToString() is "Youth" or "4");
        Assert.Equal(1, youth.GetProperty("attendances").GetInt32());

        var thai = factory.Now().ToOffset(TimeSpan.FromHours(7));
        var city = await JsonAsync(await coordinator.GetAsync($"/api/v1/cities/{session.CityId}/booster-outputs?from={thai:yyyy-MM-dd}&to={thai.AddDays(1):yyyy-MM-dd}"));
        Assert.Equal(2.0, city.GetProperty("total").GetProperty("learningHours").GetDouble());
        Assert.Equal(1, city.GetProperty("activities").GetInt32());

        (await young.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = young.User.Password })).EnsureSuccessStatusCode();
        var after = await JsonAsync(await coordinator.GetAsync($"/api/v1/activities/{session.ActivityId}/outputs"));
        Assert.Equal(total.GetRawText(), after.GetProperty("total").GetRawText());
    }

    [Fact]
    public async Task Who_may_read_the_figures()
    {
        var session = await factory.AddCitySessionAsync();
        var activityUrl = $"/api/v1/activities/{session.ActivityId}/outputs";
        var cityUrl = $"/api/v1/cities/{session.CityId}/booster-outputs";
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(cityUrl)).StatusCode);

        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(activityUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(cityUrl)).StatusCode);

        var otherCity = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น"))]));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(activityUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCity.GetAsync(cityUrl)).StatusCode);

        var researcher = await factory.LoginAsync(await factory.CreateAsync(Roles.Researcher));
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync(cityUrl)).StatusCode);
        var bad = await researcher.GetAsync(cityUrl + "?from=31/01/2569");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ปปปป-ดด-วว", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await researcher.GetAsync(cityUrl + "?from=2026-02-01&to=2026-01-01")).StatusCode);

        var own = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [session.CityId]));
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(activityUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(cityUrl)).StatusCode);
    }
}
