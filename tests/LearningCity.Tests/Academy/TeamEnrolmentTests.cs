using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Academy;

public sealed class TeamEnrolmentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coordinator_enrols_people_of_their_city_together_and_sees_the_teams_progress()
    {
        var course = await factory.PublishedCourseAsync();
        var cityId = await factory.AddCityAsync(CityTestData.Unique("เทศบาลทีม"), provinceCode: "TH-57");
        var coordinator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Coordinator, cities: [cityId]));
        var members = new[] { await factory.CreateAsync(), await factory.CreateAsync() };
        var outsider = await factory.CreateAsync();
        await factory.WithDbAsync(async db =>
        {
            var ids = members.Select(m => m.Id).ToList();
            await db.Users.Where(u => ids.Contains(u.Id)).ExecuteUpdateAsync(u => u.SetProperty(x => x.ProvinceCode, "TH-57"));
            return 0;
        });
        var url = $"/api/v1/academy/cities/{cityId}/team-enrolments";

        var withOutsider = await coordinator.PostAsJsonAsync(url, new { courseId = course.Id, userIds = new[] { members[0].Id, outsider.Id } });
        Assert.Equal(HttpStatusCode.BadRequest, withOutsider.StatusCode);
        Assert.Contains("เฉพาะคนที่อยู่ในเมืองนี้", await withOutsider.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.CityId == cityId)));

        var enrolled = await (await coordinator.PostAsJsonAsync(url, new { courseId = course.Id, userIds = members.Select(m => m.Id) })).JsonAsync(HttpStatusCode.OK);
        Assert.All(enrolled.EnumerateArray(), o => Assert.Equal("Enrolled", o.GetProperty("outcome").GetString()));
        var again = await (await coordinator.PostAsJsonAsync(url, new { courseId = course.Id, userIds = new[] { members[0].Id } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("AlreadyEnrolled", again[0].GetProperty("outcome").GetString());

        var learner = await factory.ApiClientAsync(members[0]);
        await (await learner.DoneAsync(course.Id, course.LessonIds[0])).JsonAsync(HttpStatusCode.OK);
        var progress = await (await coordinator.GetAsync($"/api/v1/academy/cities/{cityId}/team-progress")).JsonAsync(HttpStatusCode.OK);
        var rows = progress.GetProperty("enrolments").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(50, rows.Single(r => r.GetProperty("userId").GetGuid() == members[0].Id).GetProperty("enrolment").GetProperty("percent").GetInt32());
        Assert.DoesNotContain(progress.GetProperty("members").EnumerateArray(), m => m.GetProperty("id").GetGuid() == outsider.Id);
        var page = await coordinator.GetPageAsync($"/academy/cities/{cityId}/team");
        Assert.Equal(2, page.QuerySelectorAll("#team-progress tbody tr").Length);
    }

    [Fact]
    public async Task Only_the_citys_coordinators_and_admins_enrol_its_team_or_see_its_progress()
    {
        var cityId = await factory.AddCityAsync(CityTestData.Unique("เทศบาลสิทธิ์"), provinceCode: "TH-58");
        var progress = $"/api/v1/academy/cities/{cityId}/team-progress";
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().GetAsync(progress)).StatusCode);
        var otherCity = await factory.AddCityAsync(CityTestData.Unique("เทศบาลอื่น"));
        foreach (var user in new[] { await factory.CreateAsync(), await factory.CreateAsync(Roles.Coordinator, cities: [otherCity]), await factory.CreateAsync(Roles.Facilitator) })
        {
            var client = await factory.ApiClientAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(progress)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/academy/cities/{cityId}/team-enrolments", new { courseId = 1, userIds = new[] { user.Id } })).StatusCode);
        }
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(progress)).StatusCode);
    }
}
