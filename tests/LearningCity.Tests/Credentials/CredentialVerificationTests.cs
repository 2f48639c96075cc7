using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Search;
using static LearningCity.Tests.Credentials.CredentialTestData;

namespace LearningCity.Tests.Credentials;

public sealed class CredentialVerificationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<string> IssuedJwtAsync(int? validForDays = null)
    {
        var learner = await factory.CreateAsync();
        return (await factory.IssueAsync(await factory.AddAchievementAsync(validForDays: validForDays), learner.Id)).Jwt;
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client, string jwt)
    {
        var response = await client.PostAsJsonAsync("/api/v1/credentials/verify", new { jwt });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string FailedCheck(JsonElement result) =>
        result.GetProperty("checks").EnumerateArray().Single(c => !c.GetProperty("passed").GetBoolean()).GetProperty("name").GetString()!;

    [Fact]
    public async Task An_issued_credential_verifies_through_the_api_and_the_page()
    {
        var jwt = await IssuedJwtAsync();
        var result = await VerifyAsync(factory.CreateClient(), jwt);
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(["format", "signature", "issuer", "known", "validity", "revocation"],
            result.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("เหรียญทดสอบ", result.GetProperty("credential").GetProperty("achievementName").GetString());

        var client = factory.CreateBrowserlessClient();
        var page = await Html.ParseAsync(await client.SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Jwt"] = jwt }));
        Assert.Equal("true", page.QuerySelector("#verify-result")!.GetAttribute("data-valid"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task One_changed_character_in_any_part_fails_verification(int part)
    {
        var tampered = ChangeOneCharacter(await IssuedJwtAsync(), part);
        var result = await VerifyAsync(factory.CreateClient(), tampered);
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Contains(FailedCheck(result), new[] { "format", "signature" });
    }

    [Fact]
    public async Task The_last_character_of_the_signature_changed_fails_verification()
    {
        var jwt = await IssuedJwtAsync();
        var last = jwt[^1];
        var tampered = jwt[..^1] + (last == 'A' ? 'B' : 'A');
        Assert.False((await VerifyAsync(factory.CreateClient(), tampered)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_kid_fails_with_the_signature_check()
    {
        var jwt = await IssuedJwtAsync();
        var header = Part(jwt, 0);
        header["kid"] = "not-our-key";
        var result = await VerifyAsync(factory.CreateClient(), Resign(header, Part(jwt, 1), await factory.PlatformKeyAsync()));
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("signature", FailedCheck(result));
    }

    [Fact]
    public async Task A_credential_signed_by_a_foreign_key_with_our_kid_is_invalid()
    {
        var jwt = await IssuedJwtAsync();
        using var foreign = RSA.Create(2048);
        var result = await VerifyAsync(factory.CreateClient(), Resign(Part(jwt, 0), Part(jwt, 1), foreign));
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("signature", FailedCheck(result));
    }

    [Fact]
    public async Task An_expired_credential_is_invalid()
    {
        var jwt = await IssuedJwtAsync(validForDays: 30);
        Assert.True((await VerifyAsync(factory.CreateClient(), jwt)).GetProperty("valid").GetBoolean());
        var payload = Part(jwt, 1);
        payload["exp"] = payload["nbf"]!.GetValue<long>() - 86400;
        var result = await VerifyAsync(factory.CreateClient(), Resign(Part(jwt, 0), payload, await factory.PlatformKeyAsync()));
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("validity", FailedCheck(result));
    }

    [Fact]
    public async Task A_credential_the_platform_never_issued_is_invalid_even_when_signed_with_its_key()
    {
        var jwt = await IssuedJwtAsync();
        var payload = Part(jwt, 1);
        payload["jti"] = $"urn:uuid:{Guid.NewGuid()}";
        var result = await VerifyAsync(factory.CreateClient(), Resign(Part(jwt, 0), payload, await factory.PlatformKeyAsync()));
        Assert.Equal("known", FailedCheck(result));
    }

    [Fact]
    public async Task Garbage_and_an_empty_body_are_answered_clearly()
    {
        var result = await VerifyAsync(factory.CreateClient(), "not a credential");
        Assert.Equal("format", FailedCheck(result));
        var empty = await factory.CreateClient().PostAsJsonAsync("/api/v1/credentials/verify", new { jwt = (string?)null });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var page = await Html.ParseAsync(await factory.CreateBrowserlessClient().SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Jwt"] = "" }));
        Assert.NotNull(page.QuerySelector("#jwt-error"));
    }

    [Fact]
    public async Task A_credential_verifies_on_a_second_node_and_after_a_restart()
    {
        var jwt = await IssuedJwtAsync();
        await using (var second = await SecondNode.StartAsync(factory, Path.Combine(factory.Database.Directory, "node-" + Guid.NewGuid().ToString("N")[..8])))
        {
            Assert.True((await VerifyAsync(second.CreateClient(), jwt)).GetProperty("valid").GetBoolean());
            var learner = await second.CreateAsync();
            var fromSecond = (await second.IssueAsync(await second.AddAchievementAsync(), learner.Id)).Jwt;
            Assert.True((await VerifyAsync(factory.CreateClient(), fromSecond)).GetProperty("valid").GetBoolean());
            Assert.Equal(Part(jwt, 0)["kid"]!.ToString(), Part(fromSecond, 0)["kid"]!.ToString());
        }
        await using var restarted = await SecondNode.StartAsync(factory, Path.Combine(factory.Database.Directory, "node-" + Guid.NewGuid().ToString("N")[..8]));
        Assert.True((await VerifyAsync(restarted.CreateClient(), jwt)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task The_credential_is_an_open_badge_3_credential_with_resolvable_issuer_and_achievement()
    {
        var learner = await factory.CreateAsync();
        var jwt = (await factory.IssueAsync(await factory.AddAchievementAsync(), learner.Id)).Jwt;
        var header = Part(jwt, 0);
        Assert.Equal("RS256", header["alg"]!.ToString());
        var payload = Part(jwt, 1);
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            payload["@context"]!.AsArray().Select(n => n!.ToString()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], payload["type"]!.AsArray().Select(n => n!.ToString()));
        Assert.StartsWith("urn:uuid:", payload["id"]!.ToString());
        Assert.Equal(payload["id"]!.ToString(), payload["jti"]!.ToString());
        var subject = payload["credentialSubject"]!;
        Assert.Equal("AchievementSubject", subject["type"]![0]!.ToString());
        Assert.StartsWith("sha256$", subject["identifier"]![0]!["identityHash"]!.ToString());
        Assert.DoesNotContain(learner.Email, payload.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var client = factory.CreateClient();
        foreach (var url in new[] { payload["issuer"]!["id"]!.ToString(), subject["achievement"]!["id"]!.ToString() })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url).PathAndQuery);
            request.Headers.Accept.ParseAdd("application/ld+json");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(url, json.GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        }
        var jwks = JsonDocument.Parse(await client.GetStringAsync("/credentials/jwks.json")).RootElement;
        Assert.Contains(jwks.GetProperty("keys").EnumerateArray(), k => k.GetProperty("kid").GetString() == header["kid"]!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/credentials/{payload["id"]!.ToString()[9..]}")).StatusCode);
    }
}
