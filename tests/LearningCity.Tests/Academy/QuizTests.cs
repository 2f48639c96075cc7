using System.Net;
using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Academy;

public sealed class QuizTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_quiz_is_graded_on_the_server_and_counts_as_done_only_when_passed()
    {
        var course = await factory.PublishedCourseAsync(withQuiz: true);
        var learner = await factory.LearnerAsync();
        var shown = await (await learner.GetAsync($"/api/v1/academy/courses/{course.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("เมืองแห่งการเรียนรู้เป็นแนวคิดขององค์กรใด", shown);
        Assert.DoesNotContain("correct", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ตลอด", shown);
        var page = await (await learner.GetAsync($"/academy/courses/{course.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("ตลอด", page);

        await learner.EnrolAsync(course.Id);
        var notByHand = await learner.DoneAsync(course.Id, course.QuizLessonId!.Value);
        Assert.Equal(HttpStatusCode.Conflict, notByHand.StatusCode);
        Assert.Contains("ทำผ่านเท่านั้น", await notByHand.Content.ReadAsStringAsync());

        var failed = await (await learner.AttemptAsync(course.Id, course.QuizLessonId.Value, 1, LearningTestData.WrongAnswers(course.Quiz!.Value))).JsonAsync(HttpStatusCode.OK);
        Assert.False(failed.GetProperty("passed").GetBoolean());
        Assert.Equal(0, failed.GetProperty("score").GetInt32());
        Assert.Equal(2, failed.GetProperty("attemptsLeft").GetInt32());
        Assert.DoesNotContain(course.QuizLessonId.Value, failed.GetProperty("enrolment").GetProperty("doneLessonIds").EnumerateArray().Select(i => i.GetInt32()));

        var passed = await (await learner.AttemptAsync(course.Id, course.QuizLessonId.Value, 2, LearningTestData.RightAnswers(course.Quiz.Value))).JsonAsync(HttpStatusCode.OK);
        Assert.True(passed.GetProperty("passed").GetBoolean());
        Assert.Equal(100, passed.GetProperty("percent").GetInt32());
        Assert.Contains(course.QuizLessonId.Value, passed.GetProperty("enrolment").GetProperty("doneLessonIds").EnumerateArray().Select(i => i.GetInt32()));
        var after = await learner.AttemptAsync(course.Id, course.QuizLessonId.Value, 3, LearningTestData.RightAnswers(course.Quiz.Value));
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
    }

    [Fact]
    public async Task Tampered_replayed_and_extra_attempts_are_refused_and_change_nothing()
    {
        var course = await factory.PublishedCourseAsync(withQuiz: true, maxAttempts: 2);
        var quiz = course.Quiz!.Value;
        var lesson = course.QuizLessonId!.Value;
        var learner = await factory.LearnerAsync();
        var enrolmentId = (await learner.EnrolAsync(course.Id)).Id();
        var questions = quiz.GetProperty("questions").EnumerateArray().ToList();
        var optionOfSecond = questions[1].GetProperty("options")[0].Id();

        var foreign = await learner.AttemptAsync(course.Id, lesson, 1, [new { questionId = questions[0].Id(), optionIds = new[] { optionOfSecond } }]);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("ไม่ใช่ของคำถามนั้น", await foreign.Content.ReadAsStringAsync());
        var unknown = await learner.AttemptAsync(course.Id, lesson, 1, [new { questionId = 9999, text = "x" }]);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var both = await learner.AttemptAsync(course.Id, lesson, 1, [new { questionId = questions[0].Id(), optionIds = questions[0].GetProperty("options").EnumerateArray().Select(o => o.Id()).ToArray() }]);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.EnrolmentId == enrolmentId)));

        await (await learner.AttemptAsync(course.Id, lesson, 1, LearningTestData.WrongAnswers(quiz))).JsonAsync(HttpStatusCode.OK);
        var replayed = await learner.AttemptAsync(course.Id, lesson, 1, LearningTestData.RightAnswers(quiz));
        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.Contains("ส่งซ้ำไม่ได้", await replayed.Content.ReadAsStringAsync());
        await (await learner.AttemptAsync(course.Id, lesson, 2, LearningTestData.WrongAnswers(quiz))).JsonAsync(HttpStatusCode.OK);
        var extra = await learner.AttemptAsync(course.Id, lesson, 3, LearningTestData.RightAnswers(quiz));
        Assert.Equal(HttpStatusCode.Conflict, extra.StatusCode);
        Assert.Contains("ครบแล้ว", await extra.Content.ReadAsStringAsync());
        var english = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/academy/courses/{course.Id}/lessons/{lesson}/attempts")
        { Content = JsonContent.Create(new { attempt = 3, answers = LearningTestData.RightAnswers(quiz) }) }.InEnglish();
        Assert.Contains("used every attempt", await (await learner.SendAsync(english)).Content.ReadAsStringAsync());
        Assert.Equal(2, await factory.WithDbAsync(db => db.QuizAttempts.CountAsync(a => a.EnrolmentId == enrolmentId)));
        Assert.False(await factory.WithDbAsync(db => db.LessonProgress.AnyAsync(p => p.EnrolmentId == enrolmentId && p.LessonId == lesson)));
    }

    [Fact]
    public async Task Only_the_courses_authors_write_its_questions()
    {
        var course = await factory.PublishedCourseAsync(withQuiz: true);
        var url = $"/api/v1/academy/courses/{course.Id}/lessons/{course.QuizLessonId}/quiz";
        foreach (var role in new[] { Roles.Learner, Roles.Facilitator })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(await factory.CreateAsync(role))).PutAsJsonAsync(url, LearningTestData.QuizBody(3))).StatusCode);
        var bad = await course.Author.PutAsJsonAsync(url, new { passMark = 70, maxAttempts = 3, questions = new[] { new { kind = "SingleChoice", promptTh = "ข้อใด", options = new[] { new { textTh = "ก", correct = true }, new { textTh = "ข", correct = true } } } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("questions[0].options", await bad.Content.ReadAsStringAsync());
        var notQuiz = await course.Author.PutAsJsonAsync($"/api/v1/academy/courses/{course.Id}/lessons/{course.LessonIds[0]}/quiz", LearningTestData.QuizBody(3));
        Assert.Equal(HttpStatusCode.BadRequest, notQuiz.StatusCode);
    }
}
