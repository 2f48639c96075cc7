using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>
/// Each role walks the pages it meets, in Thai and in English on a desktop (1366×900) and in Thai on a phone (390×844).
/// Every page must fit the screen's width, have a title that names it, show no English on a Thai page and no Thai
/// on an English page (content in the other language is marked with <c>lang</c>), and have no serious or critical
/// axe-core violation (checked on the desktop in Thai: the rules
/// look at structure, names and contrast, which the English page shares). It checks how pages look, not data, so it runs on one database.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class SiteWalkJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ThaiQuery = "/search?q=%E0%B8%AB%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%AA%E0%B8%A1%E0%B8%B8%E0%B8%94"; // ห้องสมุด

    public static TheoryData<string> Walkers => ["visitor", "learner", "coordinator", "judge", "researcher", "admin"];

    private static string[] Pages(string role) => role switch
    {
        "visitor" =>
        [
            "/", "/cities", "/cities/1", "/activities", "/activities/1", "/resources", "/resources/1", "/spaces", "/spaces/map",
            "/spaces/1", "/funding", "/funding/1", "/research", "/research/1", "/assessment", "/assessment/dashboard",
            "/assessment/method", "/awards", "/awards/cycles/1/results", ThaiQuery, "/open-data", "/credentials/verify",
            "/credentials/issuer", "/account/login", "/account/register", "/academy", "/academy/courses/1",
            "/mentoring", "/mentoring/pairs/1", "/forum", "/forum/t/1",
        ],
        "learner" =>
        [
            "/me/passport", "/me/registrations", "/me/notifications", "/me/calendar", "/activities/for-you",
            "/me/learning-preferences", "/me/data", "/account/profile",
        ],
        "coordinator" =>
        [
            "/activities/mine", "/activities/new", "/achievements/mine", "/resources/mine", "/resources/new",
            "/assessment/cities/1", "/cities/1/edit", "/awards", "/mentoring", "/mentoring/pairs/2",
        ],
        "judge" => ["/awards/judging", "/awards"],
        "researcher" => ["/research/mine", "/research/new"],
        "admin" =>
        [
            "/admin/users", "/admin/cities", "/admin/cities/import", "/admin/audit", "/admin/reports", "/admin/organisations",
            "/admin/search/synonyms", "/admin/credentials/keys",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    [Theory]
    [MemberData(nameof(Walkers))]
    public async Task Every_page_a_role_meets_fits_the_screen_names_itself_speaks_one_language_and_is_accessible(string role)
    {
        var user = role switch
        {
            "visitor" => null,
            "learner" => await app.CreateAsync(Roles.Learner),
            "coordinator" => await app.CreateAsync(Roles.Coordinator, cities: [1]),
            "judge" => await app.CreateAsync(Roles.Judge),
            "researcher" => await app.CreateAsync(Roles.Researcher),
            _ => await app.CreateAsync(Roles.Admin),
        };
        var problems = new List<string>();
        foreach (var (device, size, languages) in new[]
        {
            ("desktop", new ViewportSize { Width = 1366, Height = 900 }, new[] { "th", "en" }),
            ("phone", new ViewportSize { Width = 390, Height = 844 }, new[] { "th" }),
        })
        {
            var page = await app.NewPageAsync(size, phone: device == "phone");
            if (user is not null) await page.LoginAsync(user);
            foreach (var language in languages)
            {
                await page.GotoAsync($"/culture/{language}?returnUrl=/");
                var siteName = await page.TitleAsync();
                foreach (var url in Pages(role))
                {
                    var where = $"{device} {language} {url}";
                    var response = await page.GotoAsync(url);
                    if (response is null || response.Status >= 400) { problems.Add($"{where}: status {response?.Status}"); continue; }
                    var title = (await page.TitleAsync()).Trim();
                    if (title.Length == 0 || (url != "/" && title == siteName)) problems.Add($"{where}: the title does not name the page (\"{title}\")");
                    problems.AddRange((await page.EvaluateAsync<string[]>(PageCheck)).Select(p => $"{where}: {p}"));
                    if (device == "desktop" && language == "th")
                        problems.AddRange((await PageActions.AccessibilityViolationsAsync(page)).Select(p => $"{where}: {p}"));
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// Horizontal overflow (with the elements that stick out), and visible text in the other language: on a part in
    /// Thai, three or more English words in a row (two of them lower-case); on a part in English, any Thai letter. A part's language is its
    /// nearest <c>lang</c>; code, e-mail addresses and web addresses are not words.
    /// </summary>
    private const string PageCheck = """
        () => {
          const problems = [];
          const root = document.documentElement;
          const width = window.innerWidth;
          if (root.scrollWidth > width + 1) {
            const wide = [...document.body.querySelectorAll('*')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
              .slice(0, 4)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            problems.push(`wider than the screen: ${root.scrollWidth}px in ${width}px (${wide.join(', ')})`);
          }
          const thai = /[\u0E00-\u0E7F]/;
          // Three or more words in a row, at least two of them lower-case: a phrase, not a list of names (PDF, Word, Excel).
          const runs = /[A-Za-z][A-Za-z'’]+(?:[ ,]+[A-Za-z][A-Za-z'’]+){2,}/g;
          const sentence = t => (t.match(runs) || []).some(r => r.split(/[ ,]+/).filter(w => /^[a-z]/.test(w)).length >= 2);
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const seen = new Set();
          while (walker.nextNode()) {
            const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
            const element = walker.currentNode.parentElement;
            if (!text || !element || element.closest('script, style, noscript, template, code, pre, kbd, samp, [translate=no]')) continue;
            if (element.getClientRects().length === 0) continue;
            const lang = (element.closest('[lang]')?.getAttribute('lang') || root.lang || '').slice(0, 2);
            const words = text.replace(/\S+@\S+|https?:\/\/\S+|\S+\.(?:json|csv|xlsx|pdf|ics)\b/g, ' ');
            let problem = null;
            if (lang === 'en' && thai.test(words)) problem = `Thai on an English part: "${text.slice(0, 80)}"`;
            if (lang === 'th' && sentence(words)) problem = `English on a Thai part: "${text.slice(0, 80)}"`;
            if (problem && !seen.has(problem)) { seen.add(problem); problems.push(problem); }
          }
          return problems.slice(0, 12);
        }
        """;
}
