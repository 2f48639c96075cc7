using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static LearningCity.Tests.Credentials.CredentialVerificationTests;

namespace LearningCity.Tests.Credentials;

/// <summary>
/// Credentials are signed and checked by a maintained JOSE library (Microsoft.IdentityModel.JsonWebTokens), in the
/// format the platform always used; forged, altered and replayed tokens are refused.
/// </summary>
public sealed class CredentialForgeryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private static string PayloadOf(string jwt) => Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1]));

    private async Task<JsonObject> PublicJwkAsync(string kid)
    {
        var jwks = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/credentials/jwks.json"))!;
        return jwks["keys"]!.AsArray().Single(k => k!["kid"]!.GetValue<string>() == kid)!.AsObject();
    }

    private static void AssertRefusedAt(JsonElementResult result, string check)
    {
        Assert.False(result.Value.GetProperty("valid").GetBoolean(), result.Value.ToString());
        Assert.Equal(check, FailedCheck(result.Value));
    }

    private async Task<JsonElementResult> VerifyAsync(string jwt) => new(await CredentialVerificationTests.VerifyAsync(factory.CreateClient(), jwt));

    private sealed record JsonElementResult(System.Text.Json.JsonElement Value);

    [Fact]
    public void Credentials_are_signed_by_the_maintained_jose_library_and_no_hand_written_jws_code_is_left()
    {
        var assembly = typeof(Program).Assembly;
        Assert.Contains(assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.IdentityModel.JsonWebTokens");
        Assert.DoesNotContain(assembly.GetTypes(), t => t.Name is "CompactJws" or "Base64Url" or "ParsedJws");
    }

    [Fact]
    public async Task A_new_credential_keeps_the_format_and_verifies_with_the_library_against_the_published_key_set()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(credential.Jwt.Split('.')[0]))!.ToJsonString();
        Assert.Matches("""^\{"alg":"RS256","kid":"platform-key-\d+","typ":"JWT"\}$""", header);
        var kid = JsonNode.Parse(header)!["kid"]!.GetValue<string>();

        var key = new JsonWebKeySet((await factory.CreateClient().GetStringAsync("/credentials/jwks.json"))).Keys.Single(k => k.Kid == kid);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(credential.Jwt, new TokenValidationParameters
        {
            IssuerSigningKey = key, ValidAlgorithms = ["RS256"], ValidateAudience = false, ValidateIssuer = false, ValidateLifetime = false, RequireExpirationTime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var payload = JsonNode.Parse(PayloadOf(credential.Jwt))!;
        Assert.Equal(payload["issuer"]!["id"]!.GetValue<string>(), payload["iss"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_credential_signed_by_the_earlier_hand_written_code_still_verifies()
    {
        await LegacyCredential.AddAsync(factory);
        var result = await VerifyAsync(LegacyCredential.Jwt);
        Assert.True(result.Value.GetProperty("valid").GetBoolean(), result.Value.ToString());
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var kid = JsonNode.Parse(Base64UrlEncoder.Decode(credential.Jwt.Split('.')[0]))!["kid"]!.GetValue<string>();
        var unsigned = Part($$"""{"alg":"none","kid":"{{kid}}","typ":"JWT"}""") + "." + credential.Jwt.Split('.')[1] + ".";
        AssertRefusedAt(await VerifyAsync(unsigned), "signature");
    }

    [Fact]
    public async Task A_token_signed_with_hs256_using_the_published_public_key_as_the_secret_is_refused()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var kid = JsonNode.Parse(Base64UrlEncoder.Decode(credential.Jwt.Split('.')[0]))!["kid"]!.GetValue<string>();
        var jwk = await PublicJwkAsync(kid);
        foreach (var secret in new[] { jwk.ToJsonString(), jwk["n"]!.GetValue<string>() })
        {
            var signingInput = Part($$"""{"alg":"HS256","kid":"{{kid}}","typ":"JWT"}""") + "." + credential.Jwt.Split('.')[1];
            var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signingInput));
            AssertRefusedAt(await VerifyAsync(signingInput + "." + Base64UrlEncoder.Encode(mac)), "signature");
        }
    }

    [Fact]
    public async Task A_token_signed_with_the_platform_key_under_another_algorithm_is_refused()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        await factory.WithScopeAsync(async services =>
        {
            using var active = await services.GetRequiredService<SigningKeyStore>().ActiveAsync(default);
            var key = new RsaSecurityKey(active.Key) { KeyId = active.KeyId };
            var creds = new SigningCredentials(key, SecurityAlgorithms.RsaSha512) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } };
            var rs512 = new JsonWebTokenHandler().CreateToken(PayloadOf(credential.Jwt), creds);
            var db = services.GetRequiredService<Common.Data.AppDbContext>();
            await db.IssuedCredentials.Where(c => c.Id == credential.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Jwt, rs512));
            AssertRefusedAt(await VerifyAsync(rs512), "signature");
        });
    }

    [Fact]
    public async Task A_credential_with_a_changed_payload_is_refused_even_when_the_change_keeps_it_readable()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        var payload = PayloadOf(credential.Jwt).Replace("\"AchievementSubject\"", "\"AchievementSubjecT\"", StringComparison.Ordinal);
        var parts = credential.Jwt.Split('.');
        AssertRefusedAt(await VerifyAsync(parts[0] + "." + Part(payload) + "." + parts[2]), "signature");
    }

    [Fact]
    public async Task A_credential_that_is_not_valid_yet_is_refused_with_the_reason()
    {
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        await factory.WithScopeAsync(async services =>
        {
            var payload = JsonNode.Parse(PayloadOf(credential.Jwt))!.AsObject();
            payload["nbf"] = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            using var active = await services.GetRequiredService<SigningKeyStore>().ActiveAsync(default);
            var jwt = CredentialJws.Sign(payload, active.KeyId, active.Key);
            var db = services.GetRequiredService<Common.Data.AppDbContext>();
            await db.IssuedCredentials.Where(c => c.Id == credential.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Jwt, jwt));
            var result = await VerifyAsync(jwt);
            AssertRefusedAt(result, "validity");
            Assert.Contains("ยังไม่ถึง", result.Value.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "validity").GetProperty("message").GetString());
        });
    }
}
