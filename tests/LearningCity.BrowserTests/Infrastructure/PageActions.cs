using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Infrastructure;

public static class PageActions
{
    /// <summary>Logs in through the log-in page (and the two-factor page when the account has it).</summary>
    public static async Task LoginAsync(this IPage page, TestUser user)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("input[name='Input.Email']", user.Email);
        await page.FillAsync("input[name='Input.Password']", user.Password);
        await page.ClickAsync("main form button[type=submit]");
        // Wait for the navigation away from the log-in form itself, not just for the current page to be loaded.
        await page.ExpectAddressAsync("^https?://[^/]+/(?!account/login(?:$|[?#]))");
        if (page.Url.Contains("/account/login-2fa", StringComparison.Ordinal))
        {
            await page.FillAsync("input[name='Input.Code']", Totp.Code(user.AuthenticatorKey!));
            await page.ClickAsync("main form button[type=submit]");
            await page.ExpectAddressAsync("^https?://[^/]+/(?!account/login)");
        }
    }

    /// <summary>
    /// Waits until the page's address matches <paramref name="pattern"/> (searched anywhere in the full address).
    /// The assertion polls the address; WaitForURLAsync checks it and then subscribes to navigations, and a
    /// navigation (or an htmx pushState) that lands between the two is missed until the timeout.
    /// </summary>
    public static Task ExpectAddressAsync(this IPage page, string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(pattern));

    /// <summary>No serious or critical axe-core violation of the WCAG 2.1 A/AA rules on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var serious = await AccessibilityViolationsAsync(page);
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }

    /// <summary>The serious and critical axe-core violations of the WCAG 2.1 A/AA rules on the page as it is now, one line each.</summary>
    public static async Task<List<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
    }

    public static string ArtifactPath(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
