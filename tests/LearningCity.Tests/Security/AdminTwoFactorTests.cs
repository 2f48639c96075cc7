using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Awards;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Credentials;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Security;

/// <summary>
/// An admin or judge who has not set up two-factor authentication holds the role but none of its powers: not through
/// the policies, and not through the checks inside endpoints that any signed-in person may call.
/// </summary>
public sealed class AdminTwoFactorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_without_two_factor_does_not_list_every_city_award_application()
    {
        var withTwoFactor = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var without = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin, twoFactor: false));

        var all = await withTwoFactor.GetFromJsonAsync<JsonElement>("/api/v1/awards/applications", TestContext.Current.CancellationToken);
        Assert.NotEqual(0, all.GetArrayLength()); // the demo cycle's applications
        var seen = await without.GetFromJsonAsync<JsonElement>("/api/v1/awards/applications", TestContext.Current.CancellationToken);
        Assert.Equal(0, seen.GetArrayLength());
    }

    [Fact]
    public async Task Admin_without_two_factor_cannot_revoke_a_credential()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var without = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin, twoFactor: false));

        var response = await without.PostAsJsonAsync($"/api/v1/credentials/{credential.Id}/revoke", new { reason = "ทดสอบ" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == credential.Id).Select(c => c.RevokedAt != null).SingleAsync()));
    }

    [Fact]
    public async Task Judge_without_two_factor_cannot_download_an_assigned_application_file()
    {
        var admin = await factory.AdminAsync();
        var cycle = await factory.JudgingCycleAsync();
        var (application, _) = await factory.SubmittedApplicationAsync(cycle);
        var judge = await factory.JudgeOnPanelAsync(admin, cycle);
        await admin.AssignedAsync(cycle, application, judge);
        var file = $"/api/v1/awards/applications/{application}/files/missing.pdf";
        // With two-factor the judge gets as far as looking for the file.
        Assert.Equal(HttpStatusCode.NotFound, (await judge.Client.GetAsync(file, TestContext.Current.CancellationToken)).StatusCode);

        await factory.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.SetTwoFactorEnabledAsync((await users.FindByIdAsync(judge.User.Id.ToString()))!, false);
        });
        var withoutTwoFactor = await factory.ApiClientAsync(judge.User with { AuthenticatorKey = null });

        Assert.Equal(HttpStatusCode.Forbidden, (await withoutTwoFactor.GetAsync(file, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public void No_code_checks_a_role_directly_outside_the_privileges_contract()
    {
        // C# files are held by the banned-symbol analyzer; Razor views are checked here as well.
        var root = LearningCity.Tests.Platform.LocalizationTests.SourceRoot();
        var offenders = Directory.EnumerateFiles(root, "*.cs*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith($"Common{Path.DirectorySeparatorChar}Auth{Path.DirectorySeparatorChar}Privileges.cs", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\.IsInRole\("))
            .Select(f => Path.GetRelativePath(root, f)).ToList();
        Assert.Empty(offenders);
    }
}
