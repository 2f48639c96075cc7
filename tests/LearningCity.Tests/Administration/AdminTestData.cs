using System.Net.Http.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Administration;

internal static class AdminTestData
{
    public static Task<int[]> ApprovedCityIdsAsync(this AppFactory factory) =>
        factory.WithDbAsync(db => db.Cities.Where(c => c.Status == CityStatus.Approved).OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync());

    public static async Task<string[]> RolesOfAsync(this AppFactory factory, Guid userId)
    {
        string[] roles = [];
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            roles = [.. await users.GetRolesAsync((await users.FindByIdAsync(userId.ToString()))!)];
        });
        return roles;
    }

    public static Task<int[]> ScopesOfAsync(this AppFactory factory, Guid userId) =>
        factory.WithDbAsync(db => db.CityScopes.Where(s => s.UserId == userId).Select(s => s.CityId).OrderBy(id => id).ToArrayAsync());

    /// <summary>An administrator who has not (yet) turned on two-factor authentication.</summary>
    public static async Task<TestUser> CreateAdminWithoutTwoFactorAsync(this AppFactory factory)
    {
        var user = await factory.CreateAsync(Roles.Learner);
        await factory.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(user.Id.ToString());
            Assert.True((await users.AddToRoleAsync(account!, Roles.Admin)).Succeeded);
        });
        return user;
    }

    public static async Task<HttpClient> LoginAsAdminAsync(this AppFactory factory, string language = "en")
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        // Pages follow the language cookie, the API follows Accept-Language: both set to the same language.
        await client.GetAsync($"/culture/{language}");
        return client;
    }

    public static async Task<string[]> MeRolesAsync(this AppFactory factory, TestUser user)
    {
        var client = await factory.LoginAsync(user);
        var me = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me");
        return me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray();
    }
}
