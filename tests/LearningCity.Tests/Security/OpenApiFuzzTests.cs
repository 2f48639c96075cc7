using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>
/// Walks the OpenAPI document and sends every operation malformed input, anonymously and as an administrator, in English
/// and in Thai: never a server error, every refusal a ProblemDetails in the caller's language, and no row written by a
/// refused request.
/// </summary>
public sealed class OpenApiFuzzTests(FuzzAppFactory factory) : IClassFixture<FuzzAppFactory>
{
    [Fact]
    public async Task Every_api_operation_refuses_malformed_input_with_a_localized_problem_and_changes_nothing()
    {
        var anonymous = factory.CreateBrowserlessClient();
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin), asScript: false); // the header is added per request
        var operations = OpenApiOperations.Read(await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json"));
        Assert.True(operations.Count > 150, $"only {operations.Count} operations in the document");
        await WriteLogSeesAWriteAsync(admin);

        var clock = Stopwatch.StartNew();
        var faults = new List<string>();
        var sent = 0;
        foreach (var (op, i) in operations.Select((o, i) => (o, i)))
        {
            foreach (var (fuzz, j) in FuzzCases.For(op).Select((c, j) => (c, j)))
            {
                var asAdmin = fuzz.Forged || (i + j) % 3 != 0;
                var english = (i + j) % 2 == 0;
                var fault = await SendAsync(fuzz, asAdmin ? admin : anonymous, asAdmin, english, $"{i}.{j}");
                sent++;
                if (fault is not null) faults.Add($"{fuzz} as {(asAdmin ? "admin" : "anonymous")} in {(english ? "en" : "th")}: {fault}");
            }
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{sent} requests to {operations.Count} operations in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(faults.Count == 0, $"{faults.Count} faults:\n" + string.Join("\n", faults.Take(80)));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.SendAsync(Request(HttpMethod.Get, "/api/v1/me", true, false, "end"))).StatusCode);
    }

    private async Task<string?> SendAsync(FuzzCase fuzz, HttpClient client, bool signedIn, bool english, string tag)
    {
        var request = Request(new HttpMethod(fuzz.Operation.Method), fuzz.Url, signedIn && !fuzz.Forged, english, tag);
        request.Content = fuzz.Content();
        HttpResponseMessage response;
        try { response = await client.SendAsync(request, TestContext.Current.CancellationToken); }
        catch (Exception e) when (e is not OperationCanceledException) { return $"the request failed: {e.GetType().Name}: {e.Message}"; }
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}: {ProblemAnswer.Cut(await response.Content.ReadAsStringAsync())}";
        // Refused by the request-forgery rule (400), or by authorization before it (401, 403): never run.
        if (fuzz.Forged && status is not (400 or 401 or 403)) return $"a forged request was answered {status}";
        if (status < 400) return null;
        var writes = factory.Writes.WritesOf(tag);
        if (writes.Count > 0) return $"refused with {status} but wrote: {ProblemAnswer.Cut(writes[0])}";
        // Outside /api (open data files, credential downloads) a person may follow the link: the error page answers.
        if (!fuzz.Url.StartsWith("/api/", StringComparison.Ordinal)) return null;
        return await ProblemAnswer.FaultAsync(response, english);
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, bool scriptHeader, bool english, string tag)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.AcceptLanguage.ParseAdd(english ? "en" : "th");
        request.Headers.Add(RequestWriteLog.Header, tag);
        if (scriptHeader) request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        return request;
    }

    /// <summary>The write log is what proves "nothing changed": it must see a write that is made.</summary>
    private async Task WriteLogSeesAWriteAsync(HttpClient admin)
    {
        var request = Request(HttpMethod.Post, "/api/v1/admin/organisations", true, true, "sanity");
        request.Content = JsonContent.Create(new { nameTh = "องค์กรทดสอบการเขียน " + Guid.NewGuid().ToString("N")[..8] });
        var response = await admin.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.NotEmpty(factory.Writes.WritesOf("sanity"));
    }
}
