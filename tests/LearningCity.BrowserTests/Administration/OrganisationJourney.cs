using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Administration;

public sealed class OrganisationJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Admin_creates_an_organisation_and_makes_a_learner_its_organizer()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var learner = await app.CreateAsync(email: $"org-journey-{token}@test.example");
        var admin = await app.CreateAsync(Roles.Admin);
        var name = $"มูลนิธิเมืองแห่งการเรียนรู้ {token}";
        var page = await app.NewPageAsync();
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) scriptErrors.Add(message.Text);
        };
        page.Response += (_, response) => { if (response.Status >= 400) scriptErrors.Add($"{response.Status} {response.Url}"); };

        await page.LoginAsync(admin);
        await page.ClickAsync("#user-menu-toggle");
        await page.ClickAsync("#mainNav a[href='/admin/organisations']");
        await page.ExpectAddressAsync("/admin/organisations$");
        await page.ClickAsync("#new-organisation");
        await page.ExpectAddressAsync("/admin/organisations/new$");

        // A bad website is refused with a field error, and what was typed stays.
        await page.FillAsync("#Input_NameTh", name);
        await page.FillAsync("#Input_NameEn", $"Learning City Foundation {token}");
        await page.FillAsync("#Input_Website", "learning.example.org");
        await page.ClickAsync("#organisation-form button[type=submit]");
        await page.Locator("span.field-validation-error[data-valmsg-for='Input.Website']").WaitForAsync();
        Assert.Equal(name, await page.InputValueAsync("#Input_NameTh"));
        await page.FillAsync("#Input_Website", "https://learning.example.org");
        await page.ClickAsync("#organisation-form button[type=submit]");
        await page.ExpectAddressAsync(@"/admin/organisations/\d+$");
        var organisationUrl = new Uri(page.Url).AbsolutePath;
        Assert.Equal(name, (await page.InnerTextAsync("#organisation-name")).Trim());
        await page.Locator("#no-members").WaitForAsync();
        await page.AssertAccessibleAsync();

        // Someone else saves the organisation while this admin edits it: the save is refused with the reason, what was
        // typed stays, and saving again goes through.
        await page.GotoAsync(organisationUrl + "/edit");
        var organisationId = int.Parse(organisationUrl[(organisationUrl.LastIndexOf('/') + 1)..]);
        await app.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().Organisations.Where(o => o.Id == organisationId)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Version, o => o.Version + 1)));
        await page.FillAsync("#Input_NameEn", $"Learning City Foundation {token} (renamed)");
        await page.ClickAsync("#organisation-form button[type=submit]");
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("มีผู้แก้ไของค์กรนี้ไปก่อนแล้ว");
        Assert.Equal($"Learning City Foundation {token} (renamed)", await page.InputValueAsync("#Input_NameEn"));
        Assert.Equal(1, scriptErrors.RemoveAll(e => e.StartsWith("409 ", StringComparison.Ordinal) && e.EndsWith($"{organisationUrl}/edit", StringComparison.Ordinal)));
        await page.ClickAsync("#organisation-form button[type=submit]");
        await page.ExpectAddressAsync(System.Text.RegularExpressions.Regex.Escape(organisationUrl) + "$");

        await page.GotoAsync($"/admin/users?q={Uri.EscapeDataString(learner.Email)}");
        await page.Locator("#user-results a.user-link").First.ClickAsync();
        await page.ExpectAddressAsync($"/admin/users/{learner.Id}$");
        await page.Locator("#no-organisations").WaitForAsync();
        await page.SelectOptionAsync("#organisation-select", new SelectOptionValue { Label = name });
        await page.ClickAsync("#grant-organisation button[type=submit]");
        await page.Locator("#access-notice").WaitForAsync();
        Assert.Contains(name, await page.InnerTextAsync("#memberships"));
        Assert.Equal(1, await page.Locator("#roles tr[data-role='Organizer'] #revoke-Organizer").CountAsync());
        await page.ScreenshotAsync(new() { Path = PageActions.ArtifactPath("admin-user-organisation.png"), FullPage = true });

        await page.ClickAsync($"#memberships a[href='{organisationUrl}']");
        await page.ExpectAddressAsync(System.Text.RegularExpressions.Regex.Escape(organisationUrl) + "$");
        var member = page.Locator($"#members a.member-link[href='/admin/users/{learner.Id}']");
        await member.WaitForAsync();
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
