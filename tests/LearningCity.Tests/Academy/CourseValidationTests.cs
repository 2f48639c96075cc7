using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Academy;

public sealed class CourseValidationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_course_without_a_title_is_refused_with_a_message_in_the_callers_language()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var body = AcademyTestData.Body();
        body.Remove("titleTh");
        var thai = await author.PostAsJsonAsync("/api/v1/academy/courses", body);
        Assert.Equal(HttpStatusCode.BadRequest, thai.StatusCode);
        Assert.Contains("โปรดกรอกชื่อหลักสูตร (ภาษาไทย)", (await thai.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("titleTh")[0].GetString());
        var english = await author.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/academy/courses") { Content = JsonContent.Create(body) }.InEnglish());
        Assert.Equal("Title (Thai) is required", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("titleTh")[0].GetString());
    }

    [Fact]
    public async Task Bad_lessons_are_refused_by_field_and_nothing_is_saved()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var title = CityTestData.Unique("หลักสูตรที่ไม่ควรบันทึก");
        async Task<JsonElement> Refused(object lesson, string capacity = "CommunityEngagement")
        {
            var body = AcademyTestData.Body(titleTh: title, capacity: capacity);
            body["modules"] = new object[] { new Dictionary<string, object?> { ["titleTh"] = "หน่วย", ["lessons"] = new[] { lesson } } };
            var response = await author.PostAsJsonAsync("/api/v1/academy/courses", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        }

        var huge = await Refused(new { kind = "Text", titleTh = "ยาว", bodyTh = new string('ก', 1_048_576) });
        Assert.Contains("ต้องยาวไม่เกิน", huge.GetProperty("modules[0].lessons[0].bodyTh")[0].GetString());
        var noBody = await Refused(new { kind = "Text", titleTh = "ว่าง" });
        Assert.True(noBody.TryGetProperty("modules[0].lessons[0].bodyTh", out _));
        var noVideo = await Refused(new { kind = "Video", titleTh = "วิดีโอ", videoUrl = "javascript:alert(1)" });
        Assert.True(noVideo.TryGetProperty("modules[0].lessons[0].videoUrl", out _));
        var unknownResource = await Refused(new { kind = "ResourceLink", titleTh = "สื่อ", resourceId = int.MaxValue });
        Assert.True(unknownResource.TryGetProperty("modules[0].lessons[0].resourceId", out _));
        var kind = await Refused(new { kind = "Podcast", titleTh = "พอดแคสต์" });
        Assert.True(kind.TryGetProperty("modules[0].lessons[0].kind", out _));
        var badCapacity = await author.PostAsJsonAsync("/api/v1/academy/courses", AcademyTestData.Body(titleTh: title, capacity: "3"));
        Assert.Equal(HttpStatusCode.BadRequest, badCapacity.StatusCode);

        var list = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Courses, c => c.Title.Th == title));
        Assert.Equal(0, list);
    }

    [Fact]
    public async Task A_file_lesson_whose_content_is_not_what_its_name_says_is_refused()
    {
        var author = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Facilitator));
        var id = (await author.CreateCourseAsync(AcademyTestData.Body())).Id();
        var page = await author.GetPageAsync($"/academy/courses/{id}/edit");
        var form = page.QuerySelector(".add-lesson-form")!;
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var moduleId = form.QuerySelector("input[name='moduleId']")!.GetAttribute("value")!;
        var file = new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(moduleId), "moduleId" },
            { new StringContent("File"), "Lesson.Kind" }, { new StringContent("เอกสาร"), "Lesson.TitleTh" }, { file, "upload", "handbook.pdf" },
        };
        var response = await author.PostAsync($"/academy/courses/{id}/edit?handler=AddLesson", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ไม่รองรับไฟล์ประเภทนี้", await response.Content.ReadAsStringAsync());
        var course = await author.GetFromJsonAsync<JsonElement>($"/api/v1/academy/courses/{id}");
        Assert.Equal(2, course.GetProperty("modules")[0].GetProperty("lessons").GetArrayLength());
    }
}
