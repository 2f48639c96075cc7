using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Academy.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Academy;

public sealed class EnrolmentTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Enrolling_twice_is_refused_and_the_enrolment_keeps_the_version_it_started_on()
    {
        var course = await factory.PublishedCourseAsync();
        var learner = await factory.LearnerAsync();
        var enrolment = await learner.EnrolAsync(course.Id);
        Assert.Equal(1, enrolment.GetProperty("version").GetInt32());
        Assert.Equal("Active", enrolment.GetProperty("status").GetString());

        var twice = await learner.PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/enrolment", new { });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("ลงทะเบียนซ้ำไม่ได้", await twice.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Enrolments.CountAsync(e => e.CourseId == course.Id)));

        // The author adds a lesson and publishes version 2: the learner still follows version 1, lesson for lesson.
        var put = await course.Author.PutAsJsonAsync($"/api/v1/academy/courses/{course.Id}", AcademyTestData.Body(titleTh: CityTestData.Unique("ฉบับใหม่")));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await course.Author.PublishCourseAsync(course.Id);
        var mine = await (await learner.GetAsync("/api/v1/academy/enrolments")).JsonAsync(HttpStatusCode.OK);
        var row = mine.EnumerateArray().Single(e => e.GetProperty("courseId").GetInt32() == course.Id);
        Assert.Equal(1, row.GetProperty("version").GetInt32());
        Assert.Equal(course.LessonIds.Length, row.GetProperty("lessonsTotal").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await learner.DoneAsync(course.Id, course.LessonIds[0])).StatusCode);
        var page = await learner.GetPageAsync($"/academy/courses/{course.Id}");
        Assert.Contains("ฉบับที่ 1", page.QuerySelector("#enrolled-version")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#lesson-{course.LessonIds[0]} .lesson-done"));
        Assert.NotNull(page.QuerySelector($"#lesson-{course.LessonIds[1]} .mark-done"));
    }

    [Fact]
    public async Task A_full_cohort_waitlists_the_next_learner_and_leaving_promotes_and_tells_them()
    {
        var course = await factory.PublishedCourseAsync();
        var created = await course.Author.PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/cohorts",
            new { nameTh = "รุ่นทดสอบ", startsOn = "2026-01-01", endsOn = "2099-12-31", capacity = 1 });
        var cohortId = (await created.JsonAsync(HttpStatusCode.Created)).Id();
        var firstUser = await factory.CreateAsync();
        var secondUser = await factory.CreateAsync();
        var first = await factory.ApiClientAsync(firstUser);
        var second = await factory.ApiClientAsync(secondUser);

        Assert.Equal("Active", (await first.EnrolAsync(course.Id, cohortId)).GetProperty("status").GetString());
        Assert.Equal("Waitlisted", (await second.EnrolAsync(course.Id, cohortId)).GetProperty("status").GetString());
        var cohorts = await (await second.GetAsync($"/api/v1/academy/courses/{course.Id}/cohorts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 0), (cohorts[0].GetProperty("taken").GetInt32(), cohorts[0].GetProperty("waitlisted").GetInt32(), cohorts[0].GetProperty("free").GetInt32()));
        var waiting = await second.DoneAsync(course.Id, course.LessonIds[0]);
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("รายชื่อรอ", await waiting.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await first.DeleteAsync($"/api/v1/academy/courses/{course.Id}/enrolment")).StatusCode);
        var promoted = await factory.WithDbAsync(db => db.Enrolments.SingleAsync(e => e.CourseId == course.Id && e.UserId == secondUser.Id));
        Assert.Equal(EnrolmentStatus.Active, promoted.Status);
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == secondUser.Id && n.Title.Th.StartsWith("ได้ที่นั่งแล้ว"))));
        Assert.Equal(HttpStatusCode.OK, (await second.DoneAsync(course.Id, course.LessonIds[0])).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.UserId == firstUser.Id)));
    }

    [Fact]
    public async Task A_learner_marks_only_their_own_lessons_and_each_only_once()
    {
        var course = await factory.PublishedCourseAsync();
        var owner = await factory.LearnerAsync();
        await owner.EnrolAsync(course.Id);
        var done = await (await owner.DoneAsync(course.Id, course.LessonIds[0])).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, done.GetProperty("lessonsDone").GetInt32());
        var again = await owner.DoneAsync(course.Id, course.LessonIds[0]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ทำเสร็จไปแล้ว", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.DoneAsync(course.Id, 999_999)).StatusCode);

        // There is no way to name another person's enrolment: someone else not enrolled is told so and changes nothing.
        var other = await factory.LearnerAsync();
        var refused = await other.DoneAsync(course.Id, course.LessonIds[1]);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ยังไม่ได้ลงทะเบียน", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().PostAsync($"/api/v1/academy/courses/{course.Id}/lessons/{course.LessonIds[1]}/done", null)).StatusCode);
        var progress = await factory.WithDbAsync(db => db.LessonProgress.CountAsync(p => db.Enrolments.Any(e => e.Id == p.EnrolmentId && e.CourseId == course.Id)));
        Assert.Equal(1, progress);
    }

    [Fact]
    public async Task Only_the_courses_authors_and_admins_add_cohorts_and_drafts_take_no_enrolments()
    {
        var course = await factory.PublishedCourseAsync();
        var body = new { nameTh = "รุ่นหนึ่ง", startsOn = "2026-03-01", endsOn = "2026-04-30", capacity = 20 };
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateBrowserlessClient().PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/cohorts", body)).StatusCode);
        foreach (var role in new[] { Roles.Learner, Roles.Facilitator, Roles.Coordinator })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(await factory.CreateAsync(role))).PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/cohorts", body)).StatusCode);
        var admin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/cohorts", body)).StatusCode);
        var backwards = await course.Author.PostAsJsonAsync($"/api/v1/academy/courses/{course.Id}/cohorts", new { nameTh = "ย้อนเวลา", startsOn = "2026-05-01", endsOn = "2026-04-01", capacity = 5 });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("วันสิ้นสุด", await backwards.Content.ReadAsStringAsync());

        var draft = await course.Author.CreateCourseAsync(AcademyTestData.Body());
        var learner = await factory.LearnerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await learner.PostAsJsonAsync($"/api/v1/academy/courses/{draft.Id()}/enrolment", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await course.Author.PostAsJsonAsync($"/api/v1/academy/courses/{draft.Id()}/enrolment", new { })).StatusCode);
    }
}
