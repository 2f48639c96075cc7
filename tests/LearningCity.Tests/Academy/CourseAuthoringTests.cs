using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Academy;

public sealed class CourseAuthoringTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_facilitators_and_admins_may_author_courses()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/academy/courses", AcademyTestData.Body())).StatusCode);
        foreach (var role in new[] { Roles.Learner, Roles.Coordinator, Roles.Researcher })
        {
            var client = await factory.ApiClientAsync(await factory.CreateAsync(role));
            var refused = await client.PostAsJsonAsync("/api/v1/academy/courses", AcademyTestData.Body());
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("ไม่มีสิทธิ์", await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/academy/courses/new")).StatusCode);
        }
        var facilitator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var created = await facilitator.CreateCourseAsync(AcademyTestData.Body());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(["C3.1", "A1.1"], created.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()).ToArray());
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        await admin.CreateCourseAsync(AcademyTestData.Body());
    }

    [Fact]
    public async Task Drafts_are_seen_only_by_their_author_and_admins()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var title = CityTestData.Unique("ร่างหลักสูตรลับ");
        var id = (await author.CreateCourseAsync(AcademyTestData.Body(titleTh: title))).Id();

        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/academy/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/academy/courses/{id}")).StatusCode);
        var otherFacilitator = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        Assert.Equal(HttpStatusCode.NotFound, (await otherFacilitator.GetAsync($"/academy/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFacilitator.PostAsync($"/api/v1/academy/courses/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFacilitator.GetAsync($"/academy/courses/{id}/edit")).StatusCode);
        await factory.SearchCaughtUpAsync();
        var found = await anonymous.GetPageAsync("/academy?q=" + Uri.EscapeDataString(title));
        Assert.DoesNotContain(found.QuerySelectorAll(".course-card"), c => c.GetAttribute("data-course-id") == id.ToString());

        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync($"/academy/courses/{id}")).StatusCode);
        Assert.NotNull((await author.GetPageAsync("/academy")).QuerySelector($"#my-courses a[href='/academy/courses/{id}']"));
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/academy/courses/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/academy/courses/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task Each_publish_freezes_the_structure_as_the_next_version_and_is_audited()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var id = (await author.CreateCourseAsync(AcademyTestData.Body())).Id();
        var first = await author.PublishCourseAsync(id);
        Assert.Equal(1, first.GetProperty("publishedVersion").GetInt32());

        // An edit of the published course (one more lesson) reaches learners only with the next publish.
        var body = AcademyTestData.Body();
        body["modules"] = new object[]
        {
            new Dictionary<string, object?> { ["titleTh"] = "หน่วยใหม่", ["lessons"] = new object[]
            {
                new Dictionary<string, object?> { ["kind"] = "Text", ["titleTh"] = "บทที่หนึ่ง", ["bodyTh"] = "ก" },
                new Dictionary<string, object?> { ["kind"] = "Text", ["titleTh"] = "บทที่สอง", ["bodyTh"] = "ข" },
            } },
        };
        Assert.Equal(HttpStatusCode.OK, (await author.PutAsJsonAsync($"/api/v1/academy/courses/{id}", body)).StatusCode);
        var versions = await Versions(id);
        Assert.Single(versions);
        Assert.Contains("บทนำ", versions[0].Structure);

        var second = await author.PublishCourseAsync(id);
        Assert.Equal(2, second.GetProperty("publishedVersion").GetInt32());
        versions = await Versions(id);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Contains("บทนำ", versions[0].Structure);
        Assert.Contains("บทที่สอง", versions[1].Structure);
        Assert.DoesNotContain("บทนำ", versions[1].Structure);

        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"/api/v1/academy/courses/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync($"/api/v1/academy/courses/{id}")).StatusCode);
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Course" && e.EntityId == id.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["academy.course.publish", "academy.course.publish", "academy.course.unpublish"], actions);
    }

    [Fact]
    public async Task A_course_without_lessons_is_not_published()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var body = AcademyTestData.Body();
        body.Remove("modules");
        var id = (await author.CreateCourseAsync(body)).Id();
        var refused = await author.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/academy/courses/{id}/publish").InEnglish());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("at least one lesson", await refused.Content.ReadAsStringAsync());
        Assert.Empty(await Versions(id));
    }

    [Fact]
    public async Task Deleting_the_authors_account_keeps_the_course_without_its_author()
    {
        var user = await factory.CreateAsync(Roles.Facilitator);
        var author = await factory.ApiClientAsync(user);
        var id = (await author.CreateCourseAsync(AcademyTestData.Body())).Id();
        await factory.WithScopeAsync(async services =>
        {
            foreach (var data in services.GetServices<LearningCity.Modules.Identity.Public.IPersonalData>().Where(d => d.Section == "academy"))
            {
                Assert.NotNull(await data.ExportAsync(user.Id, CancellationToken.None));
                await data.EraseAsync(user.Id, CancellationToken.None);
            }
        });
        Assert.Equal(Guid.Empty, await factory.WithDbAsync(db => db.Courses.Where(c => c.Id == id).Select(c => c.CreatedBy).SingleAsync()));
    }

    private Task<List<(int Number, string Structure)>> Versions(int courseId) =>
        factory.WithDbAsync(async db => (await db.CourseVersions.Where(v => v.CourseId == courseId).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Structure }).ToListAsync()).Select(v => (v.Number, v.Structure)).ToList());
}
