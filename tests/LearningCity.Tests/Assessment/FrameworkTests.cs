using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Assessment;

public sealed class FrameworkTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Frameworks = "/api/v1/assessments/frameworks";

    private static MultipartFormDataContent CsvForm(byte[] csv, string? nameTh = "กรอบจาก CSV", string? nameEn = "Framework from CSV")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "framework.csv");
        if (nameTh is not null) form.Add(new StringContent(nameTh), "nameTh");
        if (nameEn is not null) form.Add(new StringContent(nameEn), "nameEn");
        return form;
    }

    private static object SmallDocument(params object[] indicators) => new
    {
        nameTh = "กรอบทดลอง", nameEn = "Trial framework",
        areas = new[] { new { code = "A", nameTh = "ด้านทดลอง", focusAreas = new[] { new { code = "A1", nameTh = "ประเด็นทดลอง", indicators } } } },
    };

    private async Task<int> NewDraftAsync(HttpClient admin)
    {
        var draft = await (await admin.PostApiAsync($"{Frameworks}/{await factory.DefaultFrameworkIdAsync()}/drafts", null)).ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        return draft.GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> PutIndicatorAsync(HttpClient admin, int frameworkId, string code, object body, string? focusArea = null, bool english = false) =>
        admin.SendAsync(AssessmentTestData.Request(HttpMethod.Put, $"{Frameworks}/{frameworkId}/indicators/{code}" + (focusArea is null ? "" : $"?focusArea={focusArea}"),
            JsonContent.Create(body), english));

    [Fact]
    public async Task The_JSON_export_imports_again_as_a_new_draft_that_only_admins_see()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var published = await (await factory.CreateBrowserlessClient().GetAsync($"{Frameworks}/{await factory.DefaultFrameworkIdAsync()}")).ExpectJsonAsync();
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(26, published.Codes().Length);

        var document = JsonNode.Parse(published.GetRawText())!;
        document["nameTh"] = "กรอบตัวชี้วัด ฉบับปรับปรุง";
        var created = await admin.PostAsync(Frameworks, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        var draft = await created.ExpectJsonAsync(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal($"{Frameworks}/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Draft", "กรอบตัวชี้วัด ฉบับปรับปรุง"), (draft.GetProperty("status").GetString(), draft.GetProperty("nameTh").GetString()));
        Assert.True(draft.GetProperty("versionNumber").GetInt32() > published.GetProperty("versionNumber").GetInt32());
        Assert.Equal(published.Codes(), draft.Codes());
        var again = await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync();
        Assert.Equal(published.GetProperty("areas").GetRawText(), again.GetProperty("areas").GetRawText());

        // Drafts are the admins' own.
        var adminList = await (await admin.GetAsync(Frameworks)).ExpectJsonAsync();
        Assert.Equal("Draft", adminList.EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == id).GetProperty("status").GetString());
        foreach (var client in new[] { factory.CreateBrowserlessClient(), await factory.ApiClientAsync(Roles.Coordinator), await factory.ApiClientAsync(Roles.Reviewer) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Frameworks}/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Frameworks}/{id}/csv")).StatusCode);
            var list = await (await client.GetAsync(Frameworks)).ExpectJsonAsync();
            Assert.All(list.EnumerateArray(), f => Assert.Equal("Published", f.GetProperty("status").GetString()));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Frameworks}/999999")).StatusCode);
    }

    [Fact]
    public async Task The_CSV_export_imports_again_as_a_new_draft()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var id = await factory.DefaultFrameworkIdAsync();
        var export = await admin.GetAsync($"{Frameworks}/{id}/csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("area_code,area_name_th", Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));

        var draft = await (await admin.PostAsync($"{Frameworks}/csv", CsvForm(csv))).ExpectJsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Draft", "กรอบจาก CSV", "Framework from CSV"),
            (draft.GetProperty("status").GetString(), draft.GetProperty("nameTh").GetString(), draft.GetProperty("nameEn").GetString()));
        var published = await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync();
        Assert.Equal(published.Codes(), draft.Codes());
        var reread = await (await admin.GetAsync($"{Frameworks}/{draft.GetProperty("id").GetInt32()}")).ExpectJsonAsync();
        Assert.Equal(published.GetProperty("areas").GetRawText(), reread.GetProperty("areas").GetRawText());
    }

    [Fact]
    public async Task An_import_with_duplicate_codes_or_a_wrong_value_type_is_refused_with_every_problem()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var before = await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync());
        var document = SmallDocument(
            new { code = "A1.1", nameTh = "ตัวชี้วัดแรก", valueType = "Number" },
            new { code = "a1.1", nameTh = "รหัสซ้ำ", valueType = "Number" },
            new { code = "A1.2", nameTh = "ชนิดผิด", valueType = "Money" },
            new { code = "A1.3", nameTh = "เป้าครึ่งเดียว", valueType = "Percentage", baseline = 10 },
            new { code = "A1.4", nameTh = "แหล่งข้อมูลแปลก", valueType = "Number", platformSource = "weather" });

        var thai = await (await admin.PostApiAsync(Frameworks, document)).ErrorsAsync("framework");
        Assert.Equal(["รหัส a1.1 ซ้ำกัน", "A1.2: ชนิดค่าต้องเป็น Number, Percentage, YesNo, Scale หรือ Text",
            "A1.3: ต้องระบุทั้งค่าฐาน (0 คะแนน) และค่าเป้าหมาย (100 คะแนน) ที่ต่างกัน หรือไม่ระบุทั้งคู่", "A1.4: ไม่รู้จักแหล่งข้อมูลของแพลตฟอร์มนี้"], thai);
        var english = await (await admin.PostApiAsync(Frameworks, document, english: true)).ErrorsAsync("framework");
        Assert.Contains("The code a1.1 is used twice", english);
        Assert.Contains("A1.2: the value type must be Number, Percentage, YesNo, Scale or Text", english);

        Assert.Contains("Give the framework a Thai name", await (await admin.PostApiAsync(Frameworks, new { nameTh = " ", areas = Array.Empty<object>() }, english: true)).ErrorsAsync("framework"));
        Assert.Contains("กรอบตัวชี้วัดต้องมีตัวชี้วัดอย่างน้อยหนึ่งตัว", await (await admin.PostApiAsync(Frameworks, SmallDocument())).ErrorsAsync("framework"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync()));

        var small = await (await admin.PostApiAsync(Frameworks, SmallDocument(new { code = "A1.1", nameTh = "ตัวชี้วัดเดียว", valueType = "scale" }))).ExpectJsonAsync(HttpStatusCode.Created);
        var only = small.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];
        Assert.Equal(("Scale", "HigherIsBetter", true, false), (only.GetProperty("valueType").GetString(), only.GetProperty("direction").GetString(),
            only.GetProperty("required").GetBoolean(), only.GetProperty("evidenceRequired").GetBoolean()));
    }

    [Fact]
    public async Task A_CSV_import_with_wrong_cells_or_no_file_is_refused()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var before = await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync());
        const string header = "area_code,area_name_th,focus_area_code,focus_area_name_th,indicator_code,name_th,value_type,weight,baseline,target\n";
        var bad = Encoding.UTF8.GetBytes(header + "A,ด้าน,A1,ประเด็น,A1.1,ตัวชี้วัด,Number,หนัก,0,10\nA,ด้าน,A1,ประเด็น,A1.1,ซ้ำ,Grade,1,,\n");
        var errors = await (await admin.PostAsync($"{Frameworks}/csv", CsvForm(bad))).ErrorsAsync("file");
        Assert.Equal(["ค่า หนัก ไม่ใช่ตัวเลข"], errors);
        var wrongTree = Encoding.UTF8.GetBytes(header + "A,ด้าน,A1,ประเด็น,A1.1,ตัวชี้วัด,Number,1,0,10\nA,ด้าน,A1,ประเด็น,A1.1,ซ้ำ,Grade,1,,\n");
        errors = await (await admin.PostAsync($"{Frameworks}/csv", CsvForm(wrongTree))).ErrorsAsync("framework");
        Assert.Equal(["รหัส A1.1 ซ้ำกัน"], errors);
        var noName = await (await admin.PostAsync($"{Frameworks}/csv", CsvForm(Encoding.UTF8.GetBytes(header + "A,ด้าน,A1,ประเด็น,A1.1,ตัวชี้วัด,Grade,1,,\n"), nameTh: null))).ErrorsAsync("framework");
        Assert.Equal(["โปรดตั้งชื่อกรอบตัวชี้วัด (ภาษาไทย)", "A1.1: ชนิดค่าต้องเป็น Number, Percentage, YesNo, Scale หรือ Text"], noName);
        Assert.Equal(["โปรดเลือกไฟล์ CSV"], await (await admin.PostAsync($"{Frameworks}/csv", new MultipartFormDataContent { { new StringContent("กรอบ"), "nameTh" } })).ErrorsAsync("file"));
        Assert.Equal(["อ่านไฟล์ CSV ไม่ได้"], await (await admin.PostAsync($"{Frameworks}/csv", CsvForm(Encoding.UTF8.GetBytes(header + "A,\"ด้าน,A1\n")))).ErrorsAsync("file"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.IndicatorFrameworks.CountAsync()));

        var good = await admin.PostAsync($"{Frameworks}/csv", CsvForm(Encoding.UTF8.GetBytes(header + "A,ด้าน,A1,ประเด็น,A1.1,ตัวชี้วัด,percentage,2,0,80\n")));
        var only = (await good.ExpectJsonAsync(HttpStatusCode.Created)).GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];
        Assert.Equal(("Percentage", 2.0, 80m), (only.GetProperty("valueType").GetString(), only.GetProperty("weight").GetDouble(), only.GetProperty("target").GetDecimal()));
    }

    [Fact]
    public async Task A_draft_indicator_can_be_changed_added_and_removed_until_the_draft_is_published()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var id = await NewDraftAsync(admin);
        var draft = await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync();
        var w11 = JsonNode.Parse(draft.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0].GetRawText())!;
        Assert.Equal("W1.1", (string?)w11["code"]);

        w11["nameTh"] = "ร้อยละของประชาชนที่เป็นจิตอาสา";
        w11["target"] = 50;
        w11["evidenceRequired"] = true;
        var changed = await (await PutIndicatorAsync(admin, id, "W1.1", w11)).ExpectJsonAsync();
        var saved = changed.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];
        Assert.Equal(("W1.1", "ร้อยละของประชาชนที่เป็นจิตอาสา", 50m, true), (saved.GetProperty("code").GetString(), saved.GetProperty("nameTh").GetString(),
            saved.GetProperty("target").GetDecimal(), saved.GetProperty("evidenceRequired").GetBoolean()));
        var reread = (await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync()).GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];
        Assert.Equal(("W1.1", "ร้อยละของประชาชนที่เป็นจิตอาสา", 50m, true, 0m, "Percentage"), (reread.GetProperty("code").GetString(), reread.GetProperty("nameTh").GetString(),
            reread.GetProperty("target").GetDecimal(), reread.GetProperty("evidenceRequired").GetBoolean(), reread.GetProperty("baseline").GetDecimal(), reread.GetProperty("valueType").GetString()));

        var added = new { code = "W1.3", nameTh = "จำนวนกลุ่มอาสาสมัครในชุมชน", valueType = "Number", unit = "กลุ่ม", baseline = 0, target = 25 };
        Assert.Contains("Give the focus area (focusArea) to add the indicator to", await (await PutIndicatorAsync(admin, id, "W1.3", added, english: true)).ErrorsAsync("focusArea"));
        var withNew = await (await PutIndicatorAsync(admin, id, "W1.3", added, focusArea: "W1")).ExpectJsonAsync();
        Assert.Equal(["W1.1", "W1.2", "W1.3"], withNew.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Contains("รหัส W1.2 ซ้ำกัน", await (await PutIndicatorAsync(admin, id, "W1.3", new { code = "W1.2", nameTh = "ชื่อซ้ำ", valueType = "Number" })).ErrorsAsync("indicator"));
        Assert.Contains("W1.3: ชนิดค่าต้องเป็น Number, Percentage, YesNo, Scale หรือ Text",
            await (await PutIndicatorAsync(admin, id, "W1.3", new { code = "W1.3", nameTh = "ชนิดผิด", valueType = "Money" })).ErrorsAsync("indicator"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Frameworks}/{id}/indicators/W1.2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Frameworks}/{id}/indicators/W1.2")).StatusCode);
        var afterDelete = await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync();
        Assert.DoesNotContain("W1.2", afterDelete.Codes());
        Assert.Contains("W1.3", afterDelete.Codes());

        // Published: from then on it never changes.
        var published = await (await admin.PostApiAsync($"{Frameworks}/{id}/publish", null)).ExpectJsonAsync();
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, published.GetProperty("publishedAt").ValueKind);
        var locked = await PutIndicatorAsync(admin, id, "W1.1", w11);
        Assert.StartsWith("แก้ไขไม่ได้ในสถานะนี้", await locked.DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await PutIndicatorAsync(admin, id, "W1.4", added, focusArea: "W1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{Frameworks}/{id}/indicators/W1.3")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostApiAsync($"{Frameworks}/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{Frameworks}/{id}")).StatusCode);
        Assert.Equal(afterDelete.GetProperty("areas").GetRawText(), (await (await factory.CreateBrowserlessClient().GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync()).GetProperty("areas").GetRawText());
    }

    [Fact]
    public async Task The_published_default_framework_never_changes()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var id = await factory.DefaultFrameworkIdAsync();
        var before = await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync();
        var indicator = before.GetProperty("areas")[0].GetProperty("focusAreas")[0].GetProperty("indicators")[0];

        var refused = await PutIndicatorAsync(admin, id, "W1.1", JsonNode.Parse(indicator.GetRawText())!, english: true);
        Assert.Equal("This cannot be changed now: a submitted assessment can be edited again only when a reviewer returns it, and a published framework never changes",
            await refused.DetailAsync(HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{Frameworks}/{id}/indicators/W1.1")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"{Frameworks}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostApiAsync($"{Frameworks}/{id}/publish", null)).StatusCode);
        Assert.Equal(before.GetRawText(), (await (await admin.GetAsync($"{Frameworks}/{id}")).ExpectJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task A_draft_can_be_deleted_and_is_gone()
    {
        var admin = await factory.ApiClientAsync(Roles.Admin);
        var id = await NewDraftAsync(admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Frameworks}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Frameworks}/{id}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.IndicatorFrameworks.AnyAsync(f => f.Id == id)));
    }
}
