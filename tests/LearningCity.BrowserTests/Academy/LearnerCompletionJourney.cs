using System.Net;
using System.Text.Json;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Academy;

public sealed class LearnerCompletionJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_learner_enrols_does_the_lessons_fails_then_passes_the_quiz_and_finds_a_verified_certificate_and_the_hours_in_the_passport()
    {
        var title = $"ห้องสมุดมีชีวิตของชุมชน {Guid.NewGuid().ToString("N")[..6]}";
        var (courseId, textLessons, quizLesson) = await PublishCourseWithQuizAsync(title);

        // The learner opens the course and enrols self-paced.
        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Learner));
        await page.GotoAsync($"/academy/courses/{courseId}");
        await page.ClickAsync("#enrol-form button");
        await Assertions.Expect(page.Locator("#enrolment-status")).ToHaveAttributeAsync("data-status", "Active");

        // Marks both lessons done; the quiz cannot be marked, only passed.
        foreach (var lesson in textLessons)
        {
            await OpenAsync(page, lesson);
            await page.Locator($"#lesson-{lesson} .mark-done").ClickAsync();
            await Assertions.Expect(page.Locator($"#lesson-{lesson} .lesson-done")).ToHaveCountAsync(1);
        }
        await Assertions.Expect(page.Locator($"#lesson-{quizLesson} .mark-done")).ToHaveCountAsync(0);

        // A wrong attempt fails and leaves the course open ...
        await OpenAsync(page, quizLesson);
        var quiz = page.Locator($"#lesson-{quizLesson} .quiz-form");
        await quiz.GetByLabel("ฟีฟ่า").CheckAsync();
        await quiz.GetByLabel("การแข่งรถ").CheckAsync();
        await quiz.Locator("input[type=text]").FillAsync("ครึ่ง");
        await quiz.Locator(".submit-quiz").ClickAsync();
        await Assertions.Expect(page.Locator($"#lesson-{quizLesson} .quiz-last")).ToContainTextAsync("0%");
        await Assertions.Expect(page.Locator("#enrolment-status")).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(page.Locator("#completion")).ToHaveCountAsync(0);

        // ... the second, right, passes and completes the course.
        await OpenAsync(page, quizLesson);
        quiz = page.Locator($"#lesson-{quizLesson} .quiz-form");
        await quiz.GetByLabel("ยูเนสโก").CheckAsync();
        await quiz.GetByLabel("การพัฒนาหลักสูตร").CheckAsync();
        await quiz.GetByLabel("การมีส่วนร่วมของชุมชน").CheckAsync();
        await quiz.Locator("input[type=text]").FillAsync("ตลอด");
        await quiz.Locator(".submit-quiz").ClickAsync();
        await Assertions.Expect(page.Locator("#enrolment-status")).ToHaveAttributeAsync("data-status", "Completed");
        await Assertions.Expect(page.Locator($"#lesson-{quizLesson} .lesson-done")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#completion")).ToBeVisibleAsync();

        // The certificate opens and verifies.
        await page.ClickAsync("#certificate-link");
        await page.ExpectAddressAsync(@"/credentials/[0-9a-f-]{36}$");
        await Assertions.Expect(page.Locator("#credential-achievement")).ToContainTextAsync(title);
        await page.ClickAsync("#verify-credential");
        await page.ExpectAddressAsync("/credentials/verify");
        await Assertions.Expect(page.Locator("#verify-result")).ToHaveAttributeAsync("data-valid", "true");

        // The course's hours are in the passport.
        await page.GotoAsync("/me/passport");
        await Assertions.Expect(page.Locator("#verified-hours")).ToHaveTextAsync("2.5");
        await Assertions.Expect(page.Locator("#verified")).ToContainTextAsync(title);
        await page.AssertAccessibleAsync();
    }

    private static Task OpenAsync(IPage page, int lessonId) =>
        page.Locator($"#lesson-{lessonId} details").EvaluateAsync("d => d.open = true");

    /// <summary>A facilitator's published course of two text lessons and a three-question quiz (pass mark 100), through the API.</summary>
    private async Task<(int Course, int[] TextLessons, int QuizLesson)> PublishCourseWithQuizAsync(string title)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(Roles.Facilitator));
        var api = page.APIRequest;
        var script = new Dictionary<string, string> { [TestUsers.ScriptHeader] = "XMLHttpRequest" };
        var created = await ReadAsync(await api.PostAsync("/api/v1/academy/courses", new() { Headers = script, DataObject = new
        {
            titleTh = title, summaryTh = "เปิดบ้านให้คนในชุมชนมาเล่าเรื่องที่ตนรู้", capacity = "CommunityEngagement", audiences = new[] { "CommunityLeaders" },
            estimatedHours = 2.5, indicators = new[] { "C3.1" },
            modules = new[]
            {
                new
                {
                    titleTh = "เริ่มต้น",
                    lessons = new object[]
                    {
                        new { kind = "Text", titleTh = "หนังสือที่เป็นคน", bodyTh = "ผู้รู้ในชุมชนคือ **หนังสือ** ที่ยืมอ่านได้" },
                        new { kind = "Text", titleTh = "จัดวันเปิดห้องสมุด", bodyTh = "เลือกสถานที่ เชิญผู้รู้ และประกาศให้ชุมชนรู้" },
                        new { kind = "Quiz", titleTh = "แบบทดสอบท้ายหน่วย" },
                    },
                },
            },
        } }), HttpStatusCode.Created);
        var courseId = created.GetProperty("id").GetInt32();
        var lessons = created.GetProperty("modules")[0].GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("id").GetInt32()).ToArray();
        await ReadAsync(await api.PutAsync($"/api/v1/academy/courses/{courseId}/lessons/{lessons[2]}/quiz", new() { Headers = script, DataObject = new
        {
            passMark = 100, maxAttempts = 3,
            questions = new object[]
            {
                new { kind = "SingleChoice", promptTh = "เมืองแห่งการเรียนรู้เป็นแนวคิดขององค์กรใด", options = new[] { new { textTh = "ยูเนสโก", correct = true }, new { textTh = "ฟีฟ่า", correct = false } } },
                new { kind = "MultipleChoice", promptTh = "ข้อใดเป็นสมรรถนะของเมือง", options = new[] { new { textTh = "การพัฒนาหลักสูตร", correct = true }, new { textTh = "การมีส่วนร่วมของชุมชน", correct = true }, new { textTh = "การแข่งรถ", correct = false } } },
                new { kind = "ShortAnswer", promptTh = "การเรียนรู้ ... ชีวิต", acceptedAnswers = new[] { "ตลอด" } },
            },
        } }), HttpStatusCode.OK);
        await ReadAsync(await api.PostAsync($"/api/v1/academy/courses/{courseId}/publish", new() { Headers = script }), HttpStatusCode.OK);
        await page.CloseAsync();
        return (courseId, lessons[..2], lessons[2]);
    }

    private static async Task<JsonElement> ReadAsync(IAPIResponse response, HttpStatusCode expected)
    {
        Assert.True(response.Status == (int)expected, await response.TextAsync());
        return (await response.JsonAsync())!.Value;
    }
}
