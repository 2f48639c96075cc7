using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Platform;

public sealed class LoginSmokeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_logs_in_with_password_and_authenticator_code()
    {
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(admin.Email, me.GetProperty("email").GetString());
        Assert.Contains("Admin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("twoFactorEnabled").GetBoolean());
    }

    [Fact]
    public async Task Anonymous_api_call_to_me_is_401()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/api/v1/me");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
