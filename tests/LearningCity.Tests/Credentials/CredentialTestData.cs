using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Credentials;

internal static class CredentialTestData
{
    public static Task<int> AddAchievementAsync(this AppFactory factory, int? cityId = null, int? validForDays = null, string name = "เหรียญทดสอบ") =>
        factory.WithDbAsync(async db =>
        {
            var a = new Achievement
            {
                Name = new BilingualText(name, "Test badge"), Description = new BilingualText("คำอธิบาย"), Criteria = new BilingualText("เข้าร่วมครบ"),
                CityId = cityId, ValidForDays = validForDays, CreatedAt = DateTime.UnixEpoch, UpdatedAt = DateTime.UnixEpoch, Version = 1,
            };
            db.Set<Achievement>().Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

    public static async Task<IssuedCredential> IssueAsync(this AppFactory factory, int achievementId, Guid userId)
    {
        IssuedCredential? issued = null;
        await factory.WithScopeAsync(async s =>
        {
            issued = await s.GetRequiredService<CredentialIssuer>().IssueAsync(achievementId, CredentialRecipient.Person(userId), $"test:{Guid.NewGuid()}", null, default);
            await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        return issued!;
    }

    public static JsonObject Part(string jwt, int index) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[index]))!.AsObject();

    public static string Resign(JsonObject header, JsonObject payload, RSA key)
    {
        var input = Enc(header) + "." + Enc(payload);
        return input + "." + Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static async Task<RSA> PlatformKeyAsync(this AppFactory factory) =>
        (await factory.Services.GetRequiredService<SigningKeyStore>().ActiveKeyAsync(default)).Key;

    /// <summary>The token with one character of part <paramref name="part"/> replaced by another valid base64url character.</summary>
    public static string ChangeOneCharacter(string jwt, int part)
    {
        var parts = jwt.Split('.');
        var p = parts[part].ToCharArray();
        var i = p.Length / 2;
        p[i] = p[i] == 'A' ? 'B' : 'A';
        parts[part] = new string(p);
        return string.Join('.', parts);
    }

    private static string Enc(JsonObject o) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(o.ToJsonString()));
}
