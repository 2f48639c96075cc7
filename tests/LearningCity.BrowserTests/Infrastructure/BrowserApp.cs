using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Infrastructure;

/// <summary>
/// The application on a real loopback port (Kestrel) and a real headless Chromium driving it.
/// One per test class.
/// </summary>
public sealed class BrowserApp : AppFactory
{
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Urls", "http://127.0.0.1:0")];

    public Task<IPage> NewPageAsync() => NewPageAsync(null);

    /// <summary>A page in a fresh browser context of the given screen size; a phone also has touch and a mobile viewport.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? size, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, Locale = "en-US", ViewportSize = size, IsMobile = phone, HasTouch = phone,
        });
        // Generous: CI machines have two cores and run a database and a browser beside the app.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
