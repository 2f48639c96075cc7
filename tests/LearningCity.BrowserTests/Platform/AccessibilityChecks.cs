using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LearningCity.BrowserTests.Infrastructure;

namespace LearningCity.BrowserTests.Platform;

/// <summary>axe-core (WCAG 2.1 A/AA rules) on the main public pages, in Thai and in English.</summary>
public sealed class AccessibilityChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cities")]
    [InlineData("/cities/1")]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/culture/en?returnUrl=/cities")]
    [InlineData("/search?q=%E0%B8%AB%E0%B9%89%E0%B8%AD%E0%B8%87%E0%B8%AA%E0%B8%A1%E0%B8%B8%E0%B8%94")]
    [InlineData("/resources")]
    [InlineData("/resources/1")]
    [InlineData("/spaces")]
    [InlineData("/spaces/1")]
    [InlineData("/spaces/map")]
    [InlineData("/funding")]
    [InlineData("/funding/1")]
    [InlineData("/activities")]
    [InlineData("/activities/1")]
    [InlineData("/credentials/verify")]
    [InlineData("/credentials/issuer")]
    [InlineData("/research")]
    [InlineData("/research/1")]
    [InlineData("/assessment")]
    [InlineData("/assessment/dashboard")]
    [InlineData("/assessment/method")]
    [InlineData("/awards/cycles/1/results")]
    public async Task Page_has_no_serious_accessibility_violations(string url)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(url);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
