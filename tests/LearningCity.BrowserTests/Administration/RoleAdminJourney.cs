using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Administration;

public sealed class RoleAdminJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_makes_a_learner_coordinator_of_a_city_and_finds_it_in_the_audit_log()
    {
        var learner = await app.CreateAsync(email: $"journey-{Guid.NewGuid():N}@test.example");
        var admin = await app.CreateAsync(Roles.Admin);
        var city = await app.WithDbAsync(db => db.Cities.Where(c => c.Status == CityStatus.Approved)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Name.Th }).FirstAsync());
        var page = await app.NewPageAsync();
        // Script errors and CSP violations show in the console; failed requests of the page are caught by URL
        // (the browser's own favicon probe, which the site does not serve, is neither).
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) scriptErrors.Add(message.Text);
        };
        page.Response += (_, response) => { if (response.Status >= 400) scriptErrors.Add($"{response.Status} {response.Url}"); };

        await page.LoginAsync(admin);
        await page.ClickAsync("#user-menu-toggle");
        await page.ClickAsync("#mainNav a[href='/admin/users']");
        await page.ExpectAddressAsync("/admin/users$");

        // htmx replaces the result list in place.
        await page.FillAsync("#user-search", learner.Email);
        await page.PressAsync("#user-search", "Enter");
        var link = page.Locator("#user-results a.user-link", new() { HasText = learner.Email.Split('@')[0] });
        await link.ClickAsync();
        await page.ExpectAddressAsync($"/admin/users/{learner.Id}$");

        await page.SelectOptionAsync("#city-select", city.Id.ToString());
        await page.ClickAsync("#grant-city button[type=submit]");
        await page.Locator("#access-notice").WaitForAsync();
        Assert.Contains(city.Th, await page.InnerTextAsync("#city-scopes"));
        await page.Locator("#revoke-Coordinator").WaitForAsync();
        Assert.Equal(1, await page.Locator("#roles tr[data-role='Coordinator'] #revoke-Coordinator").CountAsync());
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("admin-user-detail.png"), FullPage = true });

        await page.GotoAsync($"/admin/audit");
        await page.FillAsync("#f-actor", admin.Email);
        await page.ClickAsync("#audit-filter button[type=submit]");
        // htmx pushes the filtered address and swaps the filtered list in within one step: before that, the entry found
        // may be the unfiltered list's, replaced (details closed) while it is read.
        await page.ExpectAddressAsync("actor=");
        var entry = page.Locator(".audit-entry[data-action='user.city.grant']");
        await entry.WaitForAsync();
        Assert.Contains(learner.Id.ToString(), await entry.Locator(".audit-entity").InnerTextAsync());
        // Found by the admin's e-mail, shown by their display name: the log itself keeps only the account id.
        Assert.Equal(admin.Email.Split('@')[0], await entry.Locator(".audit-actor").InnerTextAsync());
        await entry.Locator("details summary").ClickAsync();
        var after = await entry.Locator(".audit-after").InnerTextAsync();
        Assert.Contains("Coordinator", after);
        Assert.Contains(city.Id.ToString(), after);
        Assert.DoesNotContain("Coordinator", await entry.Locator(".audit-before").InnerTextAsync());
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
