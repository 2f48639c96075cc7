using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Infrastructure;

public sealed record TestUser(Guid Id, string Email, string Password, string? AuthenticatorKey);

/// <summary>
/// Builds accounts directly (confirmed e-mail, roles, city scopes, optional 2FA: on by default for Admin and Judge,
/// <c>twoFactor: false</c> for one that has not set it up) for tests that are not about registering.
/// </summary>
public static class TestUsers
{
    public const string Password = "correct-horse-battery";
    public const string ScriptHeader = "X-Requested-With";

    public static async Task<TestUser> CreateAsync(this AppFactory factory, string role = Roles.Learner, int[]? cities = null, bool? twoFactor = null, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = time.GetUtcNow().UtcDateTime };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, role == Roles.Learner ? [Roles.Learner] : [role, Roles.Learner]));
        string? key = null;
        if (twoFactor ?? Roles.RequireTwoFactor.Contains(role))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
        if (cities is { Length: > 0 })
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var city in cities) db.CityScopes.Add(new CityScope { UserId = user.Id, CityId = city, GrantedAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }
        return new TestUser(user.Id, email, Password, key);
    }

    /// <summary>
    /// Logs in through the real log-in pages (and the two-factor page when the account has it). The client then sends what the
    /// site's own scripts send with the sign-in cookie (X-Requested-With, docs/adr/0011-request-forgery.md) unless asScript is false,
    /// which leaves a bare cookie, as a form on another site would send it.
    /// </summary>
    public static async Task<HttpClient> LoginAsync(this AppFactory factory, TestUser user, bool asScript = true)
    {
        var client = factory.CreateBrowserlessClient();
        await client.LoginAsync(user, asScript);
        return client;
    }

    public static async Task LoginAsync(this HttpClient client, TestUser user, bool asScript = true)
    {
        if (asScript && !client.DefaultRequestHeaders.Contains(ScriptHeader)) client.DefaultRequestHeaders.Add(ScriptHeader, "XMLHttpRequest");
        var response = await client.SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location?.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal) == true)
        {
            var location = response.Headers.Location.OriginalString;
            response = await client.SubmitFormAsync(location, new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Code(user.AuthenticatorKey ?? throw new InvalidOperationException("Account has 2FA but no key")),
            });
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
