using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>The defects the OpenAPI fuzzer found, one focused case each: each was a 500 or an error that was not a ProblemDetails.</summary>
public sealed class RefusedInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private HttpClient? _admin;

    private async Task<HttpResponseMessage> AsAdminAsync(HttpMethod method, string url, HttpContent? content = null, string language = "en")
    {
        _admin ??= await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await _admin.SendAsync(request);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent Multipart(string body, string type)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    public static readonly TheoryData<string> Uploads =
    [
        "/api/v1/cities/import", "/api/v1/import/space?cityId=1", "/api/v1/awards/cycles/1/assignments/import", "/api/v1/assessments/frameworks/csv",
        "/api/v1/awards/applications/1/evidence", "/api/v1/assessments/cycles/1/cities/1/values/A1/evidence",
    ];

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task A_multipart_body_that_cannot_be_read_is_a_400_problem(string url)
    {
        var noBoundary = await ProblemAsync(await AsAdminAsync(HttpMethod.Post, url, Multipart("--x\r\n", "multipart/form-data")), HttpStatusCode.BadRequest);
        Assert.Equal("The form sent cannot be read: it is malformed or incomplete.", noBoundary.GetProperty("detail").GetString());
        var cutShort = Multipart("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nab", "multipart/form-data; boundary=x");
        var problem = await ProblemAsync(await AsAdminAsync(HttpMethod.Post, url, cutShort, "th"), HttpStatusCode.BadRequest);
        Assert.Matches("[\u0E00-\u0E7F]", problem.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task A_file_with_errors_is_a_problem_that_keeps_its_row_report()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("name_th\r\nเมือง\r\n")) { Headers = { ContentType = new("text/csv") } };
        var response = await AsAdminAsync(HttpMethod.Post, "/api/v1/cities/import", new MultipartFormDataContent { { file, "file", "cities.csv" } });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        Assert.StartsWith("The file lacks required columns", problem.GetProperty("rows")[0].GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(0, problem.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task A_credential_to_verify_with_a_broken_character_is_not_valid_rather_than_a_server_error()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/credentials/verify", new StringContent("{\"jwt\":\"\\ud800x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Self_declared_learning_with_null_topics_is_saved_without_topics()
    {
        var body = "{\"title\":\"เรียนทำขนม\",\"completedOn\":\"2024-01-10\",\"hours\":3,\"topicIds\":null}";
        var response = await AsAdminAsync(HttpMethod.Post, "/api/v1/me/passport/self-declared", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("topicIds").GetArrayLength());
    }

    [Theory]
    [InlineData("lat=NaN&lon=100")]
    [InlineData("lat=18.8&lon=Infinity")]
    [InlineData("lat=91&lon=100")]
    [InlineData("lat=18.8")]
    public async Task Recommendations_refuse_a_place_that_is_not_on_Earth_in_the_callers_language(string query)
    {
        var problem = await ProblemAsync(await AsAdminAsync(HttpMethod.Get, "/api/v1/activities/recommendations?" + query, language: "th"), HttpStatusCode.BadRequest);
        Assert.StartsWith("ระบุทั้ง lat", problem.GetProperty("errors").GetProperty("lat")[0].GetString());
    }

    [Theory]
    [InlineData("/api/v1/cities?q=a%00b", "q")]
    [InlineData("/api/v1/resources?topic=%00", "topic")]
    [InlineData("/api/v1/research/export/ris?q=x%00", "q")]
    public async Task A_nul_character_in_a_query_is_a_400_problem_on_that_parameter(string url, string parameter)
    {
        var problem = await ProblemAsync(await AsAdminAsync(HttpMethod.Get, url), HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task A_nul_character_in_a_json_text_is_a_400_problem_on_that_field()
    {
        var body = "{\"nameTh\":\"องค์กร\\u0000ทดสอบ\"}";
        var problem = await ProblemAsync(await AsAdminAsync(HttpMethod.Post, "/api/v1/admin/organisations", new StringContent(body, Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nameTh", out _));
    }
}
