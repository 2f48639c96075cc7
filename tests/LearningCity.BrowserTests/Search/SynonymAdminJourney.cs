using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Modules.Search.Lists;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Search;

public sealed class SynonymAdminJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_adds_a_synonym_rule_on_the_admin_page_sees_it_listed_and_tries_it()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var nickname = $"เมืองย่า{token}";
        var admin = await app.CreateAsync(Roles.Admin);
        var page = await app.NewPageAsync();
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) scriptErrors.Add(message.Text);
        };

        await page.LoginAsync(admin);
        await page.ClickAsync("#user-menu-toggle");
        await page.ClickAsync("#mainNav a[href='/admin/search/synonyms']");
        await page.ExpectAddressAsync("/admin/search/synonyms$");
        Assert.Equal(SearchSynonyms.BuiltIn.Rules.Count, await page.Locator("#builtin-synonyms .builtin-synonym").CountAsync());

        // A line that is no rule is refused next to the field, and what was typed stays.
        await page.FillAsync("#Line", $"{nickname} => => นครพนม");
        await page.ClickAsync("#add-synonym");
        await page.Locator("span.field-validation-error[data-valmsg-for='Line']").WaitForAsync();
        Assert.Equal($"{nickname} => => นครพนม", await page.InputValueAsync("#Line"));

        await page.FillAsync("#Line", $"{nickname} => นครพนม, Nakhon Phanom");
        await page.ClickAsync("#add-synonym");
        var row = page.Locator("#admin-synonyms tr[data-synonym]", new() { HasText = nickname });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main .alert-success")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator(".synonym-line")).ToHaveTextAsync($"{nickname} => นครพนม, Nakhon Phanom");
        Assert.Contains((await app.Services.GetRequiredService<SearchSynonyms>().CurrentAsync()).Rules,
            r => r.ToString() == $"{nickname} => นครพนม, Nakhon Phanom");
        await page.AssertAccessibleAsync();

        await page.FillAsync("#try-words", $"ตลาด{nickname}");
        await page.ClickAsync("#try-form button[type=submit]");
        await Assertions.Expect(page.Locator("#try-result")).ToContainTextAsync("นครพนม");
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
