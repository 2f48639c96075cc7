using System.Net.Http.Headers;
using System.Text;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>What one persona met at one endpoint.</summary>
internal sealed record MatrixAnswer(MatrixEndpoint Endpoint, Persona Persona, string Url, int Status, string? Location, Expect? Outcome)
{
    /// <summary>The answer as the failure message shows it: the status, and where a redirect went.</summary>
    public string Got => Location is null ? Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Status} → {Location}";
}

/// <summary>
/// Calls endpoints the way their clients do: a Razor page's POST as a form with the persona's antiforgery token and
/// only the fields that name fixture items (<see cref="MatrixRoutes.Fields"/>); an API call as JSON (an empty object)
/// with the header scripts send, or as a multipart form with a small PDF where the endpoint takes files. Allowed
/// callers then mostly meet a validation answer.
/// </summary>
internal static class MatrixCalls
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    /// <summary>The paths a refusal redirects to: sign in, access denied, set up two-factor authentication.</summary>
    private static readonly string[] DenialPages = ["/account/login", "/account/access-denied", "/account/two-factor"];

    public static async Task<MatrixAnswer> CallAsync(HttpClient client, string antiforgery, MatrixEndpoint endpoint, Persona persona, string url,
        IEnumerable<KeyValuePair<string, string>> formFields, string json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.IsPage)
        {
            if (endpoint.Method != "GET")
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery), .. formFields]);
        }
        else
        {
            request.Headers.Add("X-Requested-With", "XMLHttpRequest");
            if (endpoint.Method is "POST" or "PUT" or "PATCH") request.Content = Body(endpoint, json);
        }
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString) : null;
        return new MatrixAnswer(endpoint, persona, url, (int)response.StatusCode, location, Classify((int)response.StatusCode, location));
    }

    /// <summary>The expectation an answer meets, or null for a server error (which meets none).</summary>
    public static Expect? Classify(int status, string? location)
    {
        if (status is 401 or 403) return Expect.Denied;
        if (status == 404) return Expect.Hidden;
        if (status is >= 300 and < 400 && location is not null && DenialPages.Any(p => IsPage(location, p))) return Expect.Denied;
        return status >= 500 ? null : Expect.Allowed;
    }

    private static bool IsPage(string location, string page) =>
        location.StartsWith(page, StringComparison.Ordinal) && (location.Length == page.Length || location[page.Length] is '?' or '#');

    private static HttpContent Body(MatrixEndpoint endpoint, string json)
    {
        if (endpoint.Accepts.Contains("multipart/form-data"))
        {
            var form = new MultipartFormDataContent();
            foreach (var field in new[] { "file", "letter" })
            {
                var part = new ByteArrayContent(Pdf);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
                form.Add(part, field, "matrix.pdf");
            }
            return form;
        }
        if (endpoint.Accepts.Contains("text/csv")) return new StringContent("", Encoding.UTF8, "text/csv");
        return new StringContent(json, Encoding.UTF8, "application/json");
    }

    /// <summary>
    /// A persona's client: signed in through the real pages (two-factor included), with the antiforgery token of a
    /// form it was given (the log-out form in the layout, or the log-in form for anonymous callers).
    /// </summary>
    public static async Task<(HttpClient Client, string Antiforgery)> SignInAsync(AppFactory factory, TestUser? user)
    {
        var client = factory.CreateBrowserlessClient();
        if (user is not null) await client.LoginAsync(user);
        var page = await client.GetPageAsync(user is null ? "/account/login" : "/");
        return (client, Html.AntiforgeryToken(page) ?? throw new Xunit.Sdk.XunitException("No antiforgery token on the page."));
    }
}
