using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Academy;

/// <summary>A published course to learn: its author's client, lesson ids of version 1 and, when asked, a quiz lesson with its keys.</summary>
internal sealed record LearningCourse(HttpClient Author, int Id, int[] LessonIds, int? QuizLessonId, JsonElement? Quiz);

internal static class LearningTestData
{
    public static async Task<LearningCourse> PublishedCourseAsync(this AppFactory factory, int extraTextLessons = 0, bool withQuiz = false, int maxAttempts = 3)
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var body = AcademyTestData.Body();
        var lessons = ((object[])((Dictionary<string, object?>)((object[])body["modules"]!)[0])["lessons"]!).ToList();
        for (var i = 0; i < extraTextLessons; i++)
            lessons.Add(new Dictionary<string, object?> { ["kind"] = "Text", ["titleTh"] = $"บทที่ {i + 3}", ["bodyTh"] = "เนื้อหาเพิ่มเติม" });
        if (withQuiz) lessons.Add(new Dictionary<string, object?> { ["kind"] = "Quiz", ["titleTh"] = "แบบทดสอบท้ายหน่วย" });
        ((Dictionary<string, object?>)((object[])body["modules"]!)[0])["lessons"] = lessons.ToArray();
        var course = await author.CreateCourseAsync(body);
        var ids = course.GetProperty("modules")[0].GetProperty("lessons").EnumerateArray().Select(l => l.Id()).ToArray();
        int? quizLesson = null;
        JsonElement? quiz = null;
        if (withQuiz)
        {
            quizLesson = ids[^1];
            var saved = await author.PutAsJsonAsync($"/api/v1/academy/courses/{course.Id()}/lessons/{quizLesson}/quiz", QuizBody(maxAttempts));
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            quiz = await saved.Content.ReadFromJsonAsync<JsonElement>();
        }
        await author.PublishCourseAsync(course.Id());
        return new LearningCourse(author, course.Id(), ids, quizLesson, quiz);
    }

    public static object QuizBody(int maxAttempts) => new
    {
        passMark = 100, maxAttempts,
        questions = new object[]
        {
            new { kind = "SingleChoice", promptTh = "เมืองแห่งการเรียนรู้เป็นแนวคิดขององค์กรใด", options = new[] { new { textTh = "ยูเนสโก", correct = true }, new { textTh = "ฟีฟ่า", correct = false } } },
            new { kind = "MultipleChoice", promptTh = "ข้อใดเป็นสมรรถนะของเมือง", options = new[] { new { textTh = "การพัฒนาหลักสูตร", correct = true }, new { textTh = "การมีส่วนร่วมของชุมชน", correct = true }, new { textTh = "การแข่งรถ", correct = false } } },
            new { kind = "ShortAnswer", promptTh = "การเรียนรู้ ... ชีวิต", acceptedAnswers = new[] { "ตลอด" } },
        },
    };

    /// <summary>The right answers, read from the author's copy of the quiz (with its keys).</summary>
    public static object[] RightAnswers(JsonElement quiz) => quiz.GetProperty("questions").EnumerateArray().Select(q => (object)(q.GetProperty("kind").GetString() == "ShortAnswer"
        ? new { questionId = q.Id(), text = "  ตลอด " }
        : new { questionId = q.Id(), optionIds = q.GetProperty("options").EnumerateArray().Where(o => o.GetProperty("correct").GetBoolean()).Select(o => o.Id()).ToArray() })).ToArray();

    public static object[] WrongAnswers(JsonElement quiz) => quiz.GetProperty("questions").EnumerateArray().Select(q => (object)new { questionId = q.Id(), text = "ผิด" })
        .Where((_, i) => i == 2).ToArray();

    public static async Task<HttpClient> LearnerAsync(this AppFactory factory) => await factory.ApiClientAsync(await factory.CreateAsync(Roles.Learner));

    public static async Task<JsonElement> EnrolAsync(this HttpClient client, int courseId, int? cohortId = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/academy/courses/{courseId}/enrolment", new { cohortId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> DoneAsync(this HttpClient client, int courseId, int lessonId) =>
        client.PostAsync($"/api/v1/academy/courses/{courseId}/lessons/{lessonId}/done", null);

    public static Task<HttpResponseMessage> AttemptAsync(this HttpClient client, int courseId, int lessonId, int attempt, object[] answers) =>
        client.PostAsJsonAsync($"/api/v1/academy/courses/{courseId}/lessons/{lessonId}/attempts", new { attempt, answers });

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
