using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Security;

/// <summary>Every page handler that accepts a POST refuses a form without its antiforgery token, or with a wrong one.</summary>
// It checks antiforgery refusals, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class FormForgeryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // The error page only shows the error of a request that failed, POSTs included; it changes nothing.
    private static readonly string[] Allowed = ["/Shared/Error"];

    [Fact]
    public async Task Every_page_post_handler_refuses_a_missing_or_wrong_antiforgery_token()
    {
        var targets = await PostTargetsAsync();
        Assert.True(targets.Count > 40, $"only {targets.Count} page POST handlers found");
        var client = await AllRolesClientAsync();
        var accepted = new List<string>();
        foreach (var url in targets)
        {
            foreach (var token in new[] { null, "CfDJ8-wrong-token" })
            {
                var fields = new Dictionary<string, string> { ["Input.Name"] = "x" };
                if (token is not null) fields["__RequestVerificationToken"] = token;
                var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
                if (response.StatusCode != HttpStatusCode.BadRequest)
                    accepted.Add($"{url} {(token is null ? "without a token" : "with a wrong token")}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(accepted.Count == 0, string.Join("\n", accepted));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode); // still signed in: no log-out went through
    }

    /// <summary>Each page's URL (route values filled in) with ?handler= for each of its POST handlers.</summary>
    private async Task<List<string>> PostTargetsAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var targets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page || Allowed.Contains(page.ViewEnginePath)) continue;
            var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)))
                targets.Add(UrlOf(endpoint.RoutePattern) + (handler.Name is null ? "" : "?handler=" + handler.Name));
        }
        return [.. targets];
    }

    private static string UrlOf(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments
        .Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart { IsOptional: true } => "",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(x => x.Content == "guid") => "00000000-0000-0000-0000-000000000001",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(x => x.Content == "int") => "1",
            _ => "x",
        }))).Where(s => s.Length > 0));

    /// <summary>A signed-in account with every role and two-factor, so that no page refuses it before its token is checked.</summary>
    private async Task<HttpClient> AllRolesClientAsync()
    {
        var user = await factory.CreateAsync(Roles.Admin);
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(user.Id.ToString());
            await users.AddToRolesAsync(account!, Roles.All.Except([Roles.Admin, Roles.Learner]));
        });
        return await factory.LoginAsync(user, asScript: false);
    }
}
