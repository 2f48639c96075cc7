using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;

namespace LearningCity.Tests.Research;

public sealed class ResearchValidationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, object?> BadBody()
    {
        var body = ResearchTestData.Body(cityIds: [987_654]);
        body["titleTh"] = " ";
        body["authors"] = Array.Empty<string>();
        body["year"] = 1500;
        body["type"] = "Poem";
        body["doi"] = "11.1/not-a-doi";
        body["url"] = "javascript:alert(1)";
        body["indicators"] = new[] { "B2.3", "ตัวชี้วัด" };
        return body;
    }

    [Fact]
    public async Task Bad_input_gives_per_field_errors_in_thai_by_default()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var response = await client.PostAsJsonAsync("/api/v1/research", BadBody());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("โปรดกรอกชื่อเรื่อง (ภาษาไทย)", errors.GetProperty("titleTh")[0].GetString());
        Assert.Contains("อย่างน้อยหนึ่งชื่อ", errors.GetProperty("authors")[0].GetString());
        Assert.Contains("พ.ศ. 2443", errors.GetProperty("year")[0].GetString());
        Assert.Contains("ประเภท", errors.GetProperty("type")[0].GetString());
        Assert.Contains("10.xxxx/", errors.GetProperty("doi")[0].GetString());
        Assert.Contains("http://", errors.GetProperty("url")[0].GetString());
        Assert.Contains("รหัสตัวชี้วัด", errors.GetProperty("indicators")[0].GetString());

        var unknownCity = await client.PostAsJsonAsync("/api/v1/research", ResearchTestData.Body(cityIds: [987_654]));
        Assert.Equal(HttpStatusCode.BadRequest, unknownCity.StatusCode);
        Assert.Contains("เมืองที่ศึกษา", (await unknownCity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("cityIds")[0].GetString());
    }

    [Fact]
    public async Task Bad_input_gives_english_errors_with_accept_language()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var response = await client.PostJsonAsync("/api/v1/research", BadBody(), english: true);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Title (Thai) is required", errors.GetProperty("titleTh")[0].GetString());
        Assert.Equal("DOI must look like 10.xxxx/..., e.g. 10.1234/abcd", errors.GetProperty("doi")[0].GetString());
        Assert.Contains("Buddhist Era", errors.GetProperty("year")[0].GetString());
    }

    [Fact]
    public async Task A_doi_link_and_a_buddhist_era_year_are_accepted_and_stored_plainly()
    {
        var client = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Researcher));
        var body = ResearchTestData.Body();
        body["doi"] = "https://doi.org/10.5555/ABC.2567";
        body["year"] = 2567;
        var created = await client.CreateResearchAsync(body);
        Assert.Equal("10.5555/ABC.2567", created.GetProperty("doi").GetString());
        Assert.Equal(2024, created.GetProperty("year").GetInt32());
        Assert.Equal(2567, created.GetProperty("buddhistYear").GetInt32());
        Assert.Equal(["B2.3", "A1.1"], created.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public async Task The_form_shows_localized_errors_per_field_and_keeps_what_was_typed()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Researcher));
        var response = await client.SubmitFormAsync("/research/new", new Dictionary<string, string>
        {
            ["Input.TitleTh"] = "",
            ["Input.Authors"] = "",
            ["Input.Year"] = "2567",
            ["Input.Type"] = "Report",
            ["Input.Doi"] = "doi-ผิดรูปแบบ",
            ["Input.Keywords"] = "ชุมชน, ผู้สูงอายุ",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        var errors = Html.FieldErrors(page);
        Assert.Contains("โปรดกรอกชื่อเรื่อง (ภาษาไทย)", errors);
        Assert.Contains(errors, e => e.Contains("ผู้แต่ง", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("10.xxxx/", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Contains("ปีที่เผยแพร่", StringComparison.Ordinal));
        Assert.Equal("ชุมชน, ผู้สูงอายุ", page.QuerySelector("#Input_Keywords")!.GetAttribute("value"));
        Assert.NotNull(Html.AntiforgeryToken(page));
    }

    [Fact]
    public async Task A_file_that_is_not_pdf_word_excel_or_csv_is_refused_by_its_content()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Researcher));
        var fields = new Dictionary<string, string>
        {
            ["Input.TitleTh"] = CityTestData.Unique("รายงานพร้อมไฟล์"), ["Input.Authors"] = "สมหญิง รักเรียน", ["Input.Year"] = "2024", ["Input.Type"] = "Report",
        };
        var refused = await client.PostMultipartAsync("/research/new", fields, "Upload", CityTestData.Png, "report.pdf");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Html.FieldErrors(await Html.ParseAsync(refused)), e => e.Contains("PDF, Word, Excel หรือ CSV", StringComparison.Ordinal));

        var pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
        var saved = await client.PostMultipartAsync("/research/new", fields, "Upload", pdf, "รายงาน.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var download = await client.GetAsync(saved.Headers.Location!.OriginalString + "/file");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }
}
