using System.Net;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Assessment;

public sealed class AssessmentValueTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("W2.1", "สิบสอง", null, null, "value", "ตัวชี้วัดนี้ต้องกรอกเป็นตัวเลข", "This indicator needs a number")]
    [InlineData("W1.1", "101", null, null, "value", "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100", "A percentage must be between 0 and 100")]
    [InlineData("B1.1", "-1", null, null, "value", "ร้อยละต้องอยู่ระหว่าง 0 ถึง 100", "A percentage must be between 0 and 100")]
    [InlineData("W1.2", "6", null, null, "value", "ระดับต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 5", "The level must be a whole number from 1 to 5")]
    [InlineData("W1.2", "2.5", null, null, "value", "ระดับต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 5", "The level must be a whole number from 1 to 5")]
    [InlineData("W3.1", "maybe", null, null, "value", "โปรดเลือก ใช่ หรือ ไม่ใช่", "Choose yes or no")]
    [InlineData("W2.2", "-3", null, null, "value", "ค่านี้ต้องไม่ติดลบ", "This value cannot be negative")]
    [InlineData("B6.1", "7", null, null, "overrideReason", "ค่าที่กรอกต่างจากตัวเลขที่แพลตฟอร์มคำนวณไว้ โปรดระบุเหตุผล", "The value differs from the platform's figure; give a reason")]
    [InlineData("B6.1", "7", "   ", null, "overrideReason", "ค่าที่กรอกต่างจากตัวเลขที่แพลตฟอร์มคำนวณไว้ โปรดระบุเหตุผล", "The value differs from the platform's figure; give a reason")]
    [InlineData("W3.1", "yes", null, "ftp://example.org/plan.pdf", "links", "ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://", "Evidence links must start with http:// or https://")]
    [InlineData("C2.1", "yes", null, "javascript:alert(1)", "links", "ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://", "Evidence links must start with http:// or https://")]
    [InlineData("B2.2", "4", null, "example.org/centres", "links", "ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://", "Evidence links must start with http:// or https://")]
    public async Task A_wrong_value_is_refused_with_a_Thai_message_or_an_English_one_on_request_and_nothing_is_saved(
        string code, string value, string? overrideReason, string? link, string field, string thai, string english)
    {
        var c = await factory.CityInCycleAsync();
        await c.Coordinator.GetAsync(c.Url); // starts the draft; the state is then read back the same way before and after
        var before = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        var body = new { value, overrideReason, links = link is null ? null : new[] { link } };

        Assert.Contains(thai, await (await c.Coordinator.PutValueAsync(c.Url, code, body)).ErrorsAsync(field));
        Assert.Contains(english, await (await c.Coordinator.PutValueAsync(c.Url, code, body, english: true)).ErrorsAsync(field));

        var after = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(before.Value(code).ValueKind == JsonValueKind.Undefined ? "" : before.Value(code).GetRawText(),
            after.Value(code).ValueKind == JsonValueKind.Undefined ? "" : after.Value(code).GetRawText());
        Assert.Equal(before.GetProperty("version").GetUInt32(), after.GetProperty("version").GetUInt32());
    }

    [Fact]
    public async Task Values_are_read_in_the_forms_people_type_them()
    {
        var c = await factory.CityInCycleAsync();
        var saved = await (await c.Coordinator.PutValueAsync(c.Url, "B3.1", new { value = "1,200" })).ExpectJsonAsync();
        Assert.Equal("1200", saved.Value("B3.1").GetProperty("value").GetString());
        saved = await (await c.Coordinator.PutValueAsync(c.Url, "B4.2", new { value = "87.5%" })).ExpectJsonAsync();
        Assert.Equal("87.5", saved.Value("B4.2").GetProperty("value").GetString());
        saved = await (await c.Coordinator.PutValueAsync(c.Url, "B3.2", new { value = "ไม่มี" })).ExpectJsonAsync();
        Assert.Equal("no", saved.Value("B3.2").GetProperty("value").GetString());
        // The platform's figure itself needs no reason; a different figure with a reason is kept with it.
        saved = await (await c.Coordinator.PutValueAsync(c.Url, "B6.1", new { value = "0" })).ExpectJsonAsync();
        Assert.Equal(JsonValueKind.Null, saved.Value("B6.1").GetProperty("overrideReason").ValueKind);
        saved = await (await c.Coordinator.PutValueAsync(c.Url, "B6.1", new { value = "4", overrideReason = "กิจกรรมนอกแพลตฟอร์ม" })).ExpectJsonAsync();
        Assert.Equal(("4", "กิจกรรมนอกแพลตฟอร์ม"), (saved.Value("B6.1").GetProperty("value").GetString(), saved.Value("B6.1").GetProperty("overrideReason").GetString()));
        // An unknown indicator is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await c.Coordinator.PutValueAsync(c.Url, "Z9.9", new { value = "1" })).StatusCode);
    }

    [Fact]
    public async Task Submitting_with_required_values_missing_is_refused_with_the_missing_codes()
    {
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c, "W2.1", "B5.2", "C2.2");

        var refused = await c.Coordinator.SubmitAsync(c.Url);
        var problem = await refused.ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("ยังส่งไม่ได้ เพราะยังขาดข้อมูลตามรายการต่อไปนี้", problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["W2.1", "B5.2", "C2.2"], errors.EnumerateObject().Select(e => e.Name));
        var indicators = await factory.DefaultIndicatorsAsync();
        Assert.Equal("ยังไม่ได้กรอก: " + indicators.Single(i => i.Code == "W2.1").Name.Th, errors.GetProperty("W2.1")[0].GetString());

        var english = await (await c.Coordinator.SubmitAsync(c.Url, english: true)).ExpectJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("It cannot be submitted yet; these are missing", english.GetProperty("detail").GetString());
        Assert.Equal("Not filled in: " + indicators.Single(i => i.Code == "B5.2").Name.En, english.GetProperty("errors").GetProperty("B5.2")[0].GetString());

        var still = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(("Draft", 0), (still.GetProperty("status").GetString(), still.GetProperty("revision").GetInt32()));
        Assert.Equal(["W2.1", "B5.2", "C2.2"], still.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AssessmentRevisions.CountAsync(r => r.CityAssessmentId == still.GetProperty("id").GetInt32())));
    }

    [Fact]
    public async Task Submitting_without_evidence_where_it_is_required_is_refused()
    {
        var c = await factory.CityInCycleAsync();
        await factory.FillInAsync(c);
        // Links replace the earlier ones: an empty list takes the evidence away again.
        await (await c.Coordinator.PutValueAsync(c.Url, "W3.1", new { value = "yes", links = Array.Empty<string>() })).ExpectJsonAsync();

        var refused = await c.Coordinator.SubmitAsync(c.Url);
        var errors = (await refused.ExpectJsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        var message = Assert.Single(errors.EnumerateObject());
        Assert.Equal("W3.1", message.Name);
        Assert.StartsWith("ต้องแนบหลักฐาน: ", message.Value[0].GetString());
        Assert.Equal("Draft", (await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync()).GetProperty("status").GetString());

        await (await c.Coordinator.UploadEvidenceAsync(c.Url, "W3.1", AssessmentTestData.Pdf, "plan.pdf")).ExpectJsonAsync();
        await (await c.Coordinator.SubmitAsync(c.Url)).ExpectJsonAsync();
    }

    [Fact]
    public async Task A_submitted_assessment_cannot_be_edited_resubmitted_or_given_files_until_it_is_returned()
    {
        var c = await factory.CityInCycleAsync();
        await factory.SubmitCompleteAsync(c);

        var edit = await c.Coordinator.PutValueAsync(c.Url, "W2.1", new { value = "5" });
        Assert.StartsWith("แก้ไขไม่ได้ในสถานะนี้", await edit.DetailAsync(HttpStatusCode.Conflict));
        Assert.StartsWith("This cannot be changed now", await (await c.Coordinator.PutValueAsync(c.Url, "W2.1", new { value = "5" }, english: true)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await c.Coordinator.UploadEvidenceAsync(c.Url, "W3.1", AssessmentTestData.Pdf, "late.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await c.Coordinator.SubmitAsync(c.Url)).StatusCode);
        var assessment = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal("12", assessment.Value("W2.1").GetProperty("value").GetString());
        Assert.Single(assessment.Value("W3.1").GetProperty("evidence").EnumerateArray());

        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        await (await reviewer.PostApiAsync(c.Url + "/validate", null)).ExpectJsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await c.Coordinator.PutValueAsync(c.Url, "W2.1", new { value = "5" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostApiAsync(c.Url + "/return", new { note = "ช้าไป" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostApiAsync(c.Url + "/validate", null)).StatusCode);
    }

    [Fact]
    public async Task Submitting_after_the_deadline_is_refused_but_a_returned_assessment_may_still_be_resubmitted()
    {
        var cycle = await factory.OpenCycleAsync();
        var late = await factory.CityInCycleAsync(cycle);
        var returned = await factory.CityInCycleAsync(cycle);
        await factory.FillInAsync(late);
        await factory.SubmitCompleteAsync(returned);
        var reviewer = await factory.ApiClientAsync(Roles.Reviewer);
        await (await reviewer.PostApiAsync(returned.Url + "/return", new { comments = new Dictionary<string, string> { ["W2.2"] = "โปรดแนบรายชื่องาน" } })).ExpectJsonAsync();

        // The deadline (a Thai calendar day, inclusive) was yesterday.
        await factory.SetDeadlineAsync(cycle, AssessmentTestData.ThaiToday(factory).AddDays(-1));
        Assert.Equal("เลยกำหนดส่งของรอบการประเมินนี้แล้ว", await (await late.Coordinator.SubmitAsync(late.Url)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal("The deadline of this cycle has passed", await (await late.Coordinator.SubmitAsync(late.Url, english: true)).DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal("Draft", (await (await late.Coordinator.GetAsync(late.Url)).ExpectJsonAsync()).GetProperty("status").GetString());

        await (await returned.Coordinator.PutValueAsync(returned.Url, "W2.2", new { value = "3" })).ExpectJsonAsync();
        Assert.Equal("Submitted", (await (await returned.Coordinator.SubmitAsync(returned.Url)).ExpectJsonAsync()).GetProperty("status").GetString());

        // On the deadline day itself it is still open.
        await factory.SetDeadlineAsync(cycle, AssessmentTestData.ThaiToday(factory));
        Assert.Equal("Submitted", (await (await late.Coordinator.SubmitAsync(late.Url)).ExpectJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Evidence_files_are_checked_by_their_content()
    {
        var c = await factory.CityInCycleAsync();
        var fake = Encoding.UTF8.GetBytes("นี่ไม่ใช่ไฟล์ PDF แต่เป็นข้อความธรรมดา");
        var refused = await c.Coordinator.UploadEvidenceAsync(c.Url, "B2.2", fake, "หลักฐาน.pdf");
        Assert.Contains("ไฟล์หลักฐานต้องเป็น PDF เอกสารสำนักงาน หรือรูปภาพ และมีขนาดไม่เกินที่กำหนด", await refused.ErrorsAsync("file"));
        var program = new byte[512];
        "MZ"u8.CopyTo(program);
        Assert.Contains("Evidence must be a PDF, an office document or an image, within the size limit",
            await (await c.Coordinator.UploadEvidenceAsync(c.Url, "B2.2", program, "setup.pdf", english: true)).ErrorsAsync("file"));
        Assert.Contains("ไฟล์หลักฐานว่างเปล่า", await (await c.Coordinator.UploadEvidenceAsync(c.Url, "B2.2", [], "empty.pdf")).ErrorsAsync("file"));
        var noFile = await c.Coordinator.SendAsync(AssessmentTestData.Request(HttpMethod.Post, c.Url + "/values/B2.2/evidence", new MultipartFormDataContent { { new StringContent("x"), "other" } }));
        Assert.Contains("โปรดเลือกไฟล์หลักฐาน", await noFile.ErrorsAsync("file"));
        var nothing = await (await c.Coordinator.GetAsync(c.Url)).ExpectJsonAsync();
        Assert.Equal(JsonValueKind.Undefined, nothing.Value("B2.2").ValueKind);

        var saved = await (await c.Coordinator.UploadEvidenceAsync(c.Url, "B2.2", AssessmentTestData.Pdf, "รายชื่อศูนย์.pdf")).ExpectJsonAsync();
        var evidence = Assert.Single(saved.Value("B2.2").GetProperty("evidence").EnumerateArray());
        Assert.Equal("รายชื่อศูนย์.pdf", evidence.GetProperty("fileName").GetString());
        var url = evidence.GetProperty("url").GetString()!;
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(c.Url)}/evidence/[0-9a-f]{{32}}\\.pdf$", url);
        var download = await c.Coordinator.GetAsync(url);
        Assert.Equal(AssessmentTestData.Pdf, await download.Content.ReadAsByteArrayAsync());

        // An image is evidence too, and files stay when links change.
        saved = await (await c.Coordinator.UploadEvidenceAsync(c.Url, "B2.2", Cities.CityTestData.Png, "ภาพถ่าย.png", "image/png")).ExpectJsonAsync();
        Assert.Equal(2, saved.Value("B2.2").GetProperty("evidence").GetArrayLength());
        saved = await (await c.Coordinator.PutValueAsync(c.Url, "B2.2", new { value = "4", links = new[] { "https://example.org/centres" } })).ExpectJsonAsync();
        Assert.Equal(["รายชื่อศูนย์.pdf", "ภาพถ่าย.png", null], saved.Value("B2.2").GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("fileName").GetString()));
    }
}
