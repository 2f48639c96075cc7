using System.Net;
using System.Text.Json;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Academy;

public sealed class CompletionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_last_lesson_completes_the_course_with_an_aligned_certificate_and_passport_hours()
    {
        var course = await factory.PublishedCourseAsync();
        var learner = await factory.LearnerAsync();
        var enrolmentId = (await learner.EnrolAsync(course.Id)).Id();
        await (await learner.DoneAsync(course.Id, course.LessonIds[0])).JsonAsync(HttpStatusCode.OK);
        Assert.False(await factory.WithDbAsync(db => db.IssuedCredentials.AnyAsync(c => c.SourceKey == $"academy-enrolment:{enrolmentId}")));
        Assert.Equal(0.0, (await (await learner.GetAsync("/api/v1/me/passport")).JsonAsync(HttpStatusCode.OK)).GetProperty("verifiedHours").GetDouble());

        var last = await (await learner.DoneAsync(course.Id, course.LessonIds[1])).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", last.GetProperty("status").GetString());
        Assert.Equal(100, last.GetProperty("percent").GetInt32());
        var certificate = last.GetProperty("certificateUrl").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await learner.GetAsync(certificate)).StatusCode);

        var (credential, alignments) = await factory.WithDbAsync(async db =>
        {
            var c = await db.IssuedCredentials.SingleAsync(x => x.SourceKey == $"academy-enrolment:{enrolmentId}");
            var a = await db.Achievements.SingleAsync(x => x.Id == c.AchievementId);
            return (c, a.Alignments.Select(x => x.TargetCode).ToList());
        });
        Assert.Equal(certificate, $"/credentials/{credential.Id}");
        Assert.Equal(["C3.1", "A1.1"], alignments);
        var payload = JsonDocument.Parse(Base64Url(credential.Jwt.Split('.')[1])).RootElement;
        var aligned = payload.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("alignment").EnumerateArray()
            .Select(a => a.GetProperty("targetCode").GetString()).ToList();
        Assert.Contains("C3.1", aligned);

        var passport = await (await learner.GetAsync("/api/v1/me/passport")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3.5, passport.GetProperty("verifiedHours").GetDouble());
        var entry = passport.GetProperty("verified").EnumerateArray().Single();
        Assert.Equal("academy", entry.GetProperty("source").GetString());
        Assert.Equal($"/academy/courses/{course.Id}", entry.GetProperty("link").GetString());
        var page = await learner.GetPageAsync("/me/passport");
        Assert.NotNull(page.QuerySelector($"#verified a[href='/academy/courses/{course.Id}']"));
        Assert.Equal("3.5", page.QuerySelector("#verified-hours")!.TextContent.Trim());
    }

    [Fact]
    public async Task Two_simultaneous_last_steps_complete_once_with_one_certificate()
    {
        var course = await factory.PublishedCourseAsync(extraTextLessons: 1);
        var learner = await factory.LearnerAsync();
        var enrolmentId = (await learner.EnrolAsync(course.Id)).Id();
        await (await learner.DoneAsync(course.Id, course.LessonIds[0])).JsonAsync(HttpStatusCode.OK);

        // The two remaining lessons at the same moment: each step waits for the other, so the second sees the first's lesson.
        var both = await Task.WhenAll(learner.DoneAsync(course.Id, course.LessonIds[1]), learner.DoneAsync(course.Id, course.LessonIds[2]));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = await Task.WhenAll(both.Select(async r => (await r.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()));
        Assert.Contains("Completed", statuses);
        Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.SourceKey == $"academy-enrolment:{enrolmentId}")));
    }

    [Fact]
    public async Task The_same_last_lesson_sent_twice_at_once_is_done_once_with_one_certificate()
    {
        var course = await factory.PublishedCourseAsync();
        var learner = await factory.LearnerAsync();
        var enrolmentId = (await learner.EnrolAsync(course.Id)).Id();
        await (await learner.DoneAsync(course.Id, course.LessonIds[0])).JsonAsync(HttpStatusCode.OK);

        var both = await Task.WhenAll(learner.DoneAsync(course.Id, course.LessonIds[1]), learner.DoneAsync(course.Id, course.LessonIds[1]));
        Assert.Equal([HttpStatusCode.Conflict, HttpStatusCode.OK], both.Select(r => r.StatusCode).Order().Reverse());
        Assert.Equal(1, await factory.WithDbAsync(db => db.IssuedCredentials.CountAsync(c => c.SourceKey == $"academy-enrolment:{enrolmentId}")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.LessonProgress.CountAsync(p => p.EnrolmentId == enrolmentId)));
        var passport = await (await learner.GetAsync("/api/v1/me/passport")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3.5, passport.GetProperty("verifiedHours").GetDouble());
    }

    private static string Base64Url(string s)
    {
        var padded = s.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
