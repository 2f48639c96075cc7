using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>Malformed API bodies and parameters answer a ProblemDetails that says what is wrong, in the caller's language.</summary>
public sealed class MalformedJsonTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Organisations = "/api/v1/admin/organisations";
    private HttpClient? _admin;

    private async Task<(HttpStatusCode Status, JsonElement Problem)> SendAsync(string method, string url, HttpContent? content, string language = "en")
    {
        _admin ??= await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(language);
        var response = await _admin.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string FieldError(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task Bad_json_syntax_is_a_400_problem_that_says_so_in_English()
    {
        var (status, problem) = await SendAsync("POST", Organisations, Json("{\"nameTh\": \"x\", \"nameEn\": }"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
        Assert.StartsWith("The request body is not valid JSON (line 1,", problem.GetProperty("detail").GetString());
        Assert.Equal("nameEn: the JSON is malformed here", FieldError(problem, "nameEn"));
    }

    [Fact]
    public async Task Bad_json_syntax_is_explained_in_Thai_by_default()
    {
        var (status, problem) = await SendAsync("POST", Organisations, Json("{'nameTh': 1}"), language: "th");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("คำขอไม่ถูกต้อง", problem.GetProperty("title").GetString());
        Assert.StartsWith("ข้อมูล JSON ในคำขอไม่ถูกต้อง", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"nameTh\": \"ก\", \"version\": \"abc\"}", "version")]
    [InlineData("{\"nameTh\": \"ก\", \"version\": 99999999999999999999}", "version")]
    [InlineData("{\"nameTh\": \"ก\", \"version\": -1}", "version")]
    [InlineData("{\"nameTh\": 1e400}", "nameTh")]
    [InlineData("{\"nameTh\": [\"ก\"]}", "nameTh")]
    public async Task A_value_of_the_wrong_type_or_out_of_range_is_an_error_on_its_field(string body, string field)
    {
        var (status, problem) = await SendAsync("POST", Organisations, Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"The value of {field} is not valid", FieldError(problem, field));
    }

    [Fact]
    public async Task Json_nested_deeper_than_the_limit_is_a_400_problem_on_the_field_it_is_in()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var (status, problem) = await SendAsync("POST", Organisations, Json("{\"nameTh\": \"ก\", \"nameEn\": " + deep + "}"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("nameEn: the JSON is malformed here", FieldError(problem, "nameEn"));
    }

    [Fact]
    public async Task A_wrong_content_type_is_a_415_problem()
    {
        var (status, problem) = await SendAsync("POST", Organisations, new StringContent("<nameTh/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("Unsupported media type", problem.GetProperty("title").GetString());
        Assert.Contains("does not accept this content type", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_missing_body_is_a_400_problem_that_says_the_body_is_missing(string? body)
    {
        var (status, problem) = await SendAsync("POST", Organisations, body is null ? null : Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request has no body", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_is_an_error_on_that_parameter()
    {
        var (status, problem) = await SendAsync("GET", "/api/v1/cities?page=abc", null, language: "th");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ค่าของ page ไม่ถูกต้อง", FieldError(problem, "page"));
    }
}
