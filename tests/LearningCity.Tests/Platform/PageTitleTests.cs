using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Security;

namespace LearningCity.Tests.Platform;

/// <summary>
/// Every page a person can open names itself in the browser's tab: the authorization matrix's list of every page
/// (read from the running application) and its fixture items, each page opened by the first persona allowed to see it,
/// in Thai and in English.
/// </summary>
// It checks page titles, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class PageTitleTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly Persona[] FirstAllowed =
        [Persona.Anonymous, Persona.Learner, Persona.Coordinator, Persona.Organizer, Persona.Researcher, Persona.Reviewer, Persona.Judge,
         Persona.Facilitator, Persona.Admin];

    private static readonly string[] SiteNames = ["แพลตฟอร์มเมืองแห่งการเรียนรู้ประเทศไทย", "Thailand Learning City Platform"];

    [Fact]
    public async Task Every_page_has_a_title_that_names_the_page_and_not_only_the_site()
    {
        var pages = (await MatrixEndpoints.ReadAsync(factory.Services)).Where(e => e.IsPage && e.Method == "GET" && e.Handler is null).ToList();
        var fixture = await MatrixFixture.BuildAsync(factory);
        using var setupAdmin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var world = await MatrixWorld.BuildAsync(factory, fixture, setupAdmin);
        var clients = new Dictionary<Persona, HttpClient>();
        foreach (var persona in FirstAllowed)
            clients[persona] = (await MatrixCalls.SignInAsync(factory, persona == Persona.Anonymous ? null : fixture.Users[persona])).Client;

        var failures = new List<string>();
        var opened = 0;
        foreach (var page in pages)
        {
            if (!MatrixTable.Rows.TryGetValue(page.Key, out var rule) || MatrixRoutes.Unfilled(page, fixture, world) is not null) continue;
            if (FirstAllowed.Cast<Persona?>().FirstOrDefault(p => rule.For(p!.Value) == Expect.Allowed) is not { } persona) continue;
            var url = MatrixRoutes.Url(page, fixture, world);
            foreach (var language in new[] { "th", "en" })
            {
                using var response = await clients[persona].GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={language}",
                    TestContext.Current.CancellationToken);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var document = await Html.ParseAsync(response);
                // A fragment that htmx swaps into a page (suggestions, a list) has no layout and no title of its own.
                if (document.QuerySelector("head > title") is not { } titleElement) continue;
                var title = titleElement.TextContent.Trim();
                opened++;
                if (title.Length == 0 || SiteNames.Contains(title)) failures.Add($"{page.Key} as {persona} in {language}: \"{title}\"");
            }
        }
        foreach (var client in clients.Values) client.Dispose();

        Assert.True(opened > 100, $"Only {opened} pages were opened: the list of pages or their fixture is missing.");
        Assert.True(failures.Count == 0, $"{failures.Count} pages are titled with only the site's name:\n{string.Join('\n', failures)}");
    }
}
