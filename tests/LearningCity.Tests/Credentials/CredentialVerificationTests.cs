using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Credentials;

public sealed class CredentialVerificationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    internal static async Task<JsonElement> VerifyAsync(HttpClient client, string body, string mediaType = "text/plain")
    {
        var response = await client.PostAsync("/api/v1/credentials/verify", new StringContent(body, Encoding.UTF8, mediaType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static string FailedCheck(JsonElement result) =>
        result.GetProperty("checks").EnumerateArray().First(c => !c.GetProperty("passed").GetBoolean()).GetProperty("name").GetString()!;

    private static string Tamper(string jwt, int part)
    {
        var parts = jwt.Split('.');
        var chars = parts[part].ToCharArray();
        var i = chars.Length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        parts[part] = new string(chars);
        return string.Join('.', parts);
    }

    [Fact]
    public async Task An_issued_credential_verifies_as_valid_through_the_api_and_the_page()
    {
        var (credential, learner, _, _) = await factory.NewCredentialAsync();
        var result = await VerifyAsync(factory.CreateClient(), credential.Jwt);
        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        Assert.Equal(["format", "key", "signature", "issuer", "known", "validity", "revocation"],
            result.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(learner.Email.Split('@')[0], result.GetProperty("credential").GetProperty("recipientName").GetString());

        var download = JsonSerializer.Serialize(new { jwt = credential.Jwt });
        Assert.True((await VerifyAsync(factory.CreateClient(), download, "application/json")).GetProperty("valid").GetBoolean());

        var client = factory.CreateBrowserlessClient();
        var page = await Html.ParseAsync(await client.SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Token"] = credential.Jwt }));
        Assert.Equal("true", page.QuerySelector("#verify-result")?.GetAttribute("data-valid"));
        Assert.Contains("ใบรับรองนี้ถูกต้อง", page.QuerySelector("#verify-result")!.TextContent);
    }

    [Theory]
    [InlineData(0, "signature")]
    [InlineData(1, "signature")]
    [InlineData(2, "signature")]
    public async Task One_changed_character_in_any_part_fails_verification(int part, string failedCheck)
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var tampered = Tamper(credential.Jwt, part);
        var result = await VerifyAsync(factory.CreateClient(), tampered);
        Assert.False(result.GetProperty("valid").GetBoolean());
        var failed = FailedCheck(result);
        // A change in the header may also break its JSON or its kid: each is a clear failure before the signature.
        Assert.Contains(failed, part == 0 ? ["format", "key", failedCheck] : new[] { "format", failedCheck });

        var page = await Html.ParseAsync(await factory.CreateBrowserlessClient().SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Token"] = tampered }));
        Assert.Equal("false", page.QuerySelector("#verify-result")?.GetAttribute("data-valid"));
    }

    [Fact]
    public async Task Changing_the_unused_bits_of_the_last_signature_character_is_also_refused()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = credential.Jwt[^1];
        var sibling = alphabet[(alphabet.IndexOf(last, StringComparison.Ordinal) ^ 1)];
        var result = await VerifyAsync(factory.CreateClient(), credential.Jwt[..^1] + sibling);
        Assert.False(result.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_credential_signed_by_a_foreign_key_with_the_platform_kid_is_invalid()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var jws = CredentialJws.TryRead(credential.Jwt)!;
        using var foreign = RSA.Create(2048);
        var forged = CredentialJws.Sign(jws.Payload, jws.KeyId!, foreign);
        var result = await VerifyAsync(factory.CreateClient(), forged);
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("signature", FailedCheck(result));
    }

    [Fact]
    public async Task A_credential_with_an_unknown_kid_is_invalid()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        using var foreign = RSA.Create(2048);
        var result = await VerifyAsync(factory.CreateClient(), CredentialJws.Sign(CredentialJws.TryRead(credential.Jwt)!.Payload, "someone-elses-key", foreign));
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("key", FailedCheck(result));
        Assert.Contains("someone-elses-key", result.GetProperty("checks")[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_expired_credential_is_invalid_with_the_reason()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync(validForDays: 30);
        // The same credential as the platform would have signed it two years ago.
        await factory.WithScopeAsync(async services =>
        {
            var payload = CredentialJws.TryRead(credential.Jwt)!.Payload;
            payload["validFrom"] = "2023-01-01T00:00:00Z";
            payload["validUntil"] = "2023-01-31T00:00:00Z";
            payload["nbf"] = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            payload["exp"] = new DateTimeOffset(2023, 1, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            using var key = await services.GetRequiredService<SigningKeyStore>().ActiveAsync(default);
            var jwt = CredentialJws.Sign(payload, key.KeyId, key.Key);
            var db = services.GetRequiredService<Common.Data.AppDbContext>();
            await db.IssuedCredentials.Where(c => c.Id == credential.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Jwt, jwt));
            var result = await VerifyAsync(factory.CreateClient(), jwt);
            Assert.False(result.GetProperty("valid").GetBoolean());
            Assert.Equal("validity", FailedCheck(result));
        });
    }

    [Fact]
    public async Task A_signed_credential_the_platform_has_no_record_of_is_invalid()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        await factory.WithDbAsync(db => db.IssuedCredentials.Where(c => c.Id == credential.Id).ExecuteDeleteAsync());
        var result = await VerifyAsync(factory.CreateClient(), credential.Jwt);
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("known", FailedCheck(result));
    }

    [Fact]
    public async Task Garbage_is_answered_as_an_unreadable_credential_not_an_error()
    {
        foreach (var body in new[] { "", "not a jwt", "a.b.c", "{\"jwt\": 5}", "{" })
        {
            var result = await VerifyAsync(factory.CreateClient(), body);
            Assert.False(result.GetProperty("valid").GetBoolean());
            Assert.Equal("format", FailedCheck(result));
        }
        var page = await Html.ParseAsync(await factory.CreateBrowserlessClient().SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Token"] = "" }));
        Assert.Contains(Html.FieldErrors(page), e => e.Contains("โปรดวาง", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_credential_is_an_open_badge_credential_with_resolvable_issuer_achievement_and_key()
    {
        var (credential, _, cityId, achievementId) = await factory.NewCredentialAsync(validForDays: 365);
        var jws = CredentialJws.TryRead(credential.Jwt)!;
        Assert.Equal("RS256", JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(credential.Jwt.Split('.')[0]))!["alg"]!.GetValue<string>());
        var vc = jws.Payload;
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"], vc["@context"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], vc["type"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal($"urn:uuid:{credential.Id}", vc["id"]!.GetValue<string>());
        Assert.Equal(vc["id"]!.GetValue<string>(), vc["jti"]!.GetValue<string>());
        Assert.NotNull(vc["validUntil"]);
        Assert.NotNull(vc["exp"]);
        var subject = vc["credentialSubject"]!;
        Assert.Equal("AchievementSubject", subject["type"]![0]!.GetValue<string>());
        Assert.Equal("emailAddress", subject["identifier"]![0]!["identityType"]!.GetValue<string>());
        Assert.StartsWith("sha256$", subject["identifier"]![0]!["identityHash"]!.GetValue<string>());
        Assert.DoesNotContain("@test.example", credential.Jwt.Length > 0 ? vc.ToJsonString() : "");
        Assert.Contains($"/cities/{cityId}", subject["achievement"]!["creator"]!["id"]!.GetValue<string>());
        Assert.NotEmpty(subject["achievement"]!["alignment"]!.AsArray());

        var client = factory.CreateClient();
        foreach (var url in new[] { vc["issuer"]!["id"]!.GetValue<string>(), subject["achievement"]!["id"]!.GetValue<string>() })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url).PathAndQuery);
            request.Headers.Accept.ParseAdd("application/ld+json");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(url, doc["id"]!.GetValue<string>());
        }
        var achievementHtml = await client.GetStringAsync($"/credentials/achievements/{achievementId}");
        Assert.Contains("เหรียญนักจักสาน", achievementHtml);
        var jwks = JsonNode.Parse(await client.GetStringAsync("/credentials/jwks.json"))!;
        Assert.Contains(jwks["keys"]!.AsArray(), k => k!["kid"]!.GetValue<string>() == jws.KeyId && k["kty"]!.GetValue<string>() == "RSA");
        Assert.All(jwks["keys"]!.AsArray(), k => Assert.Null(k!["d"]));
    }

    [Fact]
    public async Task Credential_page_is_public_and_the_download_is_for_the_recipient_only()
    {
        var (credential, learner, _, _) = await factory.NewCredentialAsync();
        var page = await factory.CreateClient().GetStringAsync(credential.Url);
        Assert.Contains(learner.Email.Split('@')[0], page);
        Assert.DoesNotContain("download-jwt", page);

        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreateBrowserlessClient().GetAsync($"{credential.Url}/download")).StatusCode);
        var other = await factory.LoginAsync(await factory.CreateAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{credential.Url}/download")).StatusCode);

        var owner = await factory.LoginAsync(learner);
        Assert.Equal(credential.Jwt, await owner.GetStringAsync($"{credential.Url}/download"));
        var json = await owner.GetStringAsync($"{credential.Url}/download?format=json");
        Assert.True((await VerifyAsync(factory.CreateClient(), json, "application/json")).GetProperty("valid").GetBoolean());
        var mine = await owner.GetFromJsonAsync<JsonElement>("/api/v1/me/credentials");
        Assert.Equal(credential.Id, mine[0].GetProperty("id").GetGuid());
    }
}
