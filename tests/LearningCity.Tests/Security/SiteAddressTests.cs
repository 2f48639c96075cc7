using LearningCity.Common.Web;
using LearningCity.Tests.Identity;
using Microsoft.Extensions.DependencyInjection;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningCity.Tests.Security;

/// <summary>The application in Production mode; its settings come from the test class.</summary>
public class ProductionFactory(string? publicUrl) : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        if (publicUrl is not null) builder.UseSetting("Site:PublicUrl", publicUrl);
    }
}

/// <summary>Production with its public address set, as an operator runs it.</summary>
public sealed class PublicProductionFactory() : ProductionFactory(PublicUrl)
{
    public const string PublicUrl = "https://learningcity.test.example";
}

// It checks the addresses the site writes, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class SiteAddressTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_forged_Host_header_does_not_reach_the_password_reset_link()
    {
        var user = await factory.CreateAsync();
        var forged = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example"), AllowAutoRedirect = false });

        await forged.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = user.Email });

        var link = new Uri(Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(user.Email), "/account/reset-password"));
        Assert.NotEqual("attacker.example", link.Host);
        Assert.StartsWith(Origin + "/account/reset-password?", link.OriginalString);
    }

    [Fact]
    public async Task A_forged_Host_header_does_not_reach_the_confirmation_link_of_a_registration()
    {
        var email = $"new-{Guid.NewGuid():N}@test.example";
        var forged = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://attacker.example"), AllowAutoRedirect = false });

        await forged.RegisterAsync(AccountForms.Registration(email));

        var link = new Uri(Mailbox.LinkIn(await factory.Mailbox.WaitForAsync(email), "/account/confirm-email"));
        Assert.StartsWith(Origin + "/account/confirm-email?", link.OriginalString);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_a_public_address_and_says_what_to_set()
    {
        await using var production = new ProductionFactory(publicUrl: null);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => production.InitializeAsync().AsTask());
        Assert.Contains("Site:PublicUrl", Flatten(error));
    }

    [Fact]
    public async Task A_public_address_that_is_not_an_absolute_web_address_stops_the_start()
    {
        await using var production = new ProductionFactory(publicUrl: "learningcity.example.go.th");
        var error = await Assert.ThrowsAnyAsync<Exception>(() => production.InitializeAsync().AsTask());
        Assert.Contains("absolute http(s) address", Flatten(error));
    }

    // In development and tests the site's address is the one it listens on.
    private string Origin => factory.Services.GetRequiredService<SiteAddress>().Origin;

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
