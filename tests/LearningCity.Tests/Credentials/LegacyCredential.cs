using LearningCity.Modules.Credentials.Data;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Credentials;

/// <summary>
/// A credential exactly as the platform signed it before the issuer id was stored and before signing moved to a JOSE
/// library: the hand-written RS256 code of that time produced this compact JWS (with a key made for this fixture, whose
/// public half is below) under the address the test host then had, http://localhost:5000. Its rows are added as they
/// were then: the key without a stored issuer id, the credential with its exact token.
/// </summary>
internal static class LegacyCredential
{
    public const string KeyId = "platform-key-legacy";
    public static readonly Guid Id = Guid.Parse("9201b9f0-8210-4303-a7aa-7d2afc27bb15");
    public const string Issuer = "http://localhost:5000/credentials/issuer";

    public const string PublicJwk =
        @"{""kty"":""RSA"",""use"":""sig"",""alg"":""RS256"",""kid"":""platform-key-legacy"",""n"":""9OthARh6rYojiMCCk7Omib8Q4xNaqToYQq8sndz1LM7htwUPsDWkk6OCAOOSwZdFT4K4i5IiLDfbwY754C27u6v3ow5vjIXMdYR2rcnt2ft2Z71cKfgJ0OkA6MQMxbDXXJmeD1VEetWIeBQOfSCjJ5CZIQQvU_ZCX3rO312Ao2DiAIe57wgWXBTcYHD_WMyfDNh8AIxFoW4VYfAOvNV3RwwuQal0KYPaIM3a-SwnhGGINHduKRq0446gX3bAmT-_TeI6o69UkWLQMlWbfKnQGmQMF81k7B45LhBiHqD6I0SPwV2ktrinqWwUje_2zmQ-17aL0WgF_7D2RyTvcXdZJw"",""e"":""AQAB""}";

    public const string Jwt =
        "eyJhbGciOiJSUzI1NiIsImtpZCI6InBsYXRmb3JtLWtleS1sZWdhY3kiLCJ0eXAiOiJKV1QifQ.eyJAY29udGV4dCI6WyJodHRwczovL3d3dy5" +
        "3My5vcmcvbnMvY3JlZGVudGlhbHMvdjIiLCJodHRwczovL3B1cmwuaW1zZ2xvYmFsLm9yZy9zcGVjL29iL3YzcDAvY29udGV4dC0zLjAuMy5qc" +
        "29uIl0sImlkIjoidXJuOnV1aWQ6OTIwMWI5ZjAtODIxMC00MzAzLWE3YWEtN2QyYWZjMjdiYjE1IiwidHlwZSI6WyJWZXJpZmlhYmxlQ3JlZGV" +
        "udGlhbCIsIk9wZW5CYWRnZUNyZWRlbnRpYWwiXSwiaXNzdWVyIjp7ImlkIjoiaHR0cDovL2xvY2FsaG9zdDo1MDAwL2NyZWRlbnRpYWxzL2lzc" +
        "3VlciIsInR5cGUiOlsiUHJvZmlsZSJdLCJuYW1lIjoiXHUwRTQxXHUwRTFFXHUwRTI1XHUwRTE1XHUwRTFGXHUwRTJEXHUwRTIzXHUwRTRDXHU" +
        "wRTIxXHUwRTQwXHUwRTIxXHUwRTM3XHUwRTJEXHUwRTA3XHUwRTQxXHUwRTJCXHUwRTQ4XHUwRTA3XHUwRTAxXHUwRTMyXHUwRTIzXHUwRTQwX" +
        "HUwRTIzXHUwRTM1XHUwRTIyXHUwRTE5XHUwRTIzXHUwRTM5XHUwRTQ5XHUwRTFCXHUwRTIzXHUwRTMwXHUwRTQwXHUwRTE3XHUwRTI4XHUwRTQ" +
        "0XHUwRTE3XHUwRTIyIn0sInZhbGlkRnJvbSI6IjIwMjYtMTItMDZUMTk6NTc6MzJaIiwibmFtZSI6Ilx1MEU0MFx1MEUyQlx1MEUyM1x1MEUzN" +
        "Vx1MEUyMlx1MEUwRFx1MEUxOVx1MEUzMVx1MEUwMVx1MEUwOFx1MEUzMVx1MEUwMVx1MEUyQVx1MEUzMlx1MEUxOSIsImNyZWRlbnRpYWxTdWJ" +
        "qZWN0Ijp7InR5cGUiOlsiQWNoaWV2ZW1lbnRTdWJqZWN0Il0sImlkZW50aWZpZXIiOlt7InR5cGUiOiJJZGVudGl0eU9iamVjdCIsImlkZW50a" +
        "XR5VHlwZSI6ImVtYWlsQWRkcmVzcyIsImhhc2hlZCI6dHJ1ZSwiaWRlbnRpdHlIYXNoIjoic2hhMjU2JGY0NDk0MWViZjEzMzViZDQ1MjExNjQ" +
        "3MDI2NGU5MTRjMzY4NjA1NDFkMWQ5NGNmMmM5NmU2MDBiNDJmZjExODAiLCJzYWx0IjoiMWNjMGU1YzY2MzQ5ZDZiMTM3YjkzZjczMjI0ZGIzO" +
        "TUifV0sImFjaGlldmVtZW50Ijp7ImlkIjoiaHR0cDovL2xvY2FsaG9zdDo1MDAwL2NyZWRlbnRpYWxzL2FjaGlldmVtZW50cy81IiwidHlwZSI" +
        "6WyJBY2hpZXZlbWVudCJdLCJhY2hpZXZlbWVudFR5cGUiOiJCYWRnZSIsIm5hbWUiOiJcdTBFNDBcdTBFMkJcdTBFMjNcdTBFMzVcdTBFMjJcd" +
        "TBFMERcdTBFMTlcdTBFMzFcdTBFMDFcdTBFMDhcdTBFMzFcdTBFMDFcdTBFMkFcdTBFMzJcdTBFMTkiLCJkZXNjcmlwdGlvbiI6Ilx1MEUwOFx" +
        "1MEUzMVx1MEUwMVx1MEUyQVx1MEUzMlx1MEUxOVx1MEU0NFx1MEUyMVx1MEU0OVx1MEU0NFx1MEUxQ1x1MEU0OFx1MEU0NFx1MEUxNFx1MEU0O" +
        "Vx1MEUxNFx1MEU0OVx1MEUyN1x1MEUyMlx1MEUxNVx1MEUxOVx1MEU0MFx1MEUyRFx1MEUwNyIsImNyaXRlcmlhIjp7ImlkIjoiaHR0cDovL2x" +
        "vY2FsaG9zdDo1MDAwL2NyZWRlbnRpYWxzL2FjaGlldmVtZW50cy81IiwibmFycmF0aXZlIjoiXHUwRTQwXHUwRTAyXHUwRTQ5XHUwRTMyXHUwR" +
        "TIzXHUwRTQ4XHUwRTI3XHUwRTIxXHUwRTQwXHUwRTI3XHUwRTM0XHUwRTIzXHUwRTRDXHUwRTAxXHUwRTBBXHUwRTQ3XHUwRTJEXHUwRTFCXHU" +
        "wRTA0XHUwRTIzXHUwRTFBXHUwRTJBXHUwRTMyXHUwRTIxXHUwRTBBXHUwRTMxXHUwRTQ4XHUwRTI3XHUwRTQyXHUwRTIxXHUwRTA3In0sImltY" +
        "WdlIjp7ImlkIjoiaHR0cDovL2xvY2FsaG9zdDo1MDAwL2ltZy9iYWRnZS1kZWZhdWx0LnN2ZyIsInR5cGUiOiJJbWFnZSJ9LCJpbkxhbmd1YWd" +
        "lIjoidGgiLCJhbGlnbm1lbnQiOlt7InR5cGUiOlsiQWxpZ25tZW50Il0sInRhcmdldE5hbWUiOiJcdTBFMDFcdTBFMzJcdTBFMjNcdTBFMkRcd" +
        "TBFNDhcdTBFMzJcdTBFMTlcdTBFMkRcdTBFMkRcdTBFMDFcdTBFNDBcdTBFMDJcdTBFMzVcdTBFMjJcdTBFMTlcdTBFNDRcdTBFMTRcdTBFNDk" +
        "iLCJ0YXJnZXRVcmwiOiJodHRwOi8vbG9jYWxob3N0OjUwMDAvc2VhcmNoP3RvcGljPWxpdGVyYWN5IiwidGFyZ2V0Q29kZSI6ImxpdGVyYWN5I" +
        "iwidGFyZ2V0VHlwZSI6ImNldGVybXM6U2tpbGwifV0sImNyZWF0b3IiOnsiaWQiOiJodHRwOi8vbG9jYWxob3N0OjUwMDAvY2l0aWVzLzkiLCJ" +
        "0eXBlIjpbIlByb2ZpbGUiXSwibmFtZSI6Ilx1MEU0MFx1MEUxN1x1MEUyOFx1MEUxQVx1MEUzMlx1MEUyNVx1MEUxNVx1MEUzM1x1MEUxQVx1M" +
        "EUyNVx1MEU0MFx1MEUyQlx1MEUyM1x1MEUzNVx1MEUyMlx1MEUwRFx1MEUxNVx1MEUyM1x1MEUzMiBiMTUxNjhlZSJ9fX0sImNyZWRlbnRpYWx" +
        "TdGF0dXMiOnsiaWQiOiJodHRwOi8vbG9jYWxob3N0OjUwMDAvYXBpL3YxL2NyZWRlbnRpYWxzLzkyMDFiOWYwLTgyMTAtNDMwMy1hN2FhLTdkM" +
        "mFmYzI3YmIxNS9zdGF0dXMiLCJ0eXBlIjoiMUVkVGVjaFJldm9jYXRpb25MaXN0In0sImlzcyI6Imh0dHA6Ly9sb2NhbGhvc3Q6NTAwMC9jcmV" +
        "kZW50aWFscy9pc3N1ZXIiLCJqdGkiOiJ1cm46dXVpZDo5MjAxYjlmMC04MjEwLTQzMDMtYTdhYS03ZDJhZmMyN2JiMTUiLCJuYmYiOjE3OTY1O" +
        "DcwNTJ9.INzS5ia1jPzzekqY1WNAPff8pdSw4546kNoghP-L2aS5UWdEC4Ijex7IsHFB6F8jGVtUlme5-pOs1Gwyjl6HRjDbj4llGjuMMD67ac" +
        "LOdtbeLucX99nY24w8UE623MTElSMqcu__J3OyBAEemDSpVNCOG6_4i1uKTcW2mNuB902d5eAYB_goc9gESWA9XC_ckebrApXGdehJ1ChJM9vb" +
        "lb7V9KTbqx3IvboxFEXHEAB6D4QRsjDA5ScIUYaBprUQMxt0rW9BqLTpbzEhWZhoCGSwYgPqZczeKD8h3RxhDhwxqYAWLywou8Df4mDbROvYjH" +
        "PzqsucMV5kmtiKIa9N1w";

    private static readonly DateTime SignedAt = new(2025, 1, 10, 2, 0, 0, DateTimeKind.Utc);

    public static async Task AddAsync(AppFactory factory)
    {
        var achievementId = await factory.AddAchievementAsync(null);
        await factory.WithDbAsync(async db =>
        {
            db.SigningKeys.Add(new SigningKey
            {
                Id = KeyId, Algorithm = "RS256", PublicJwk = PublicJwk, ProtectedPrivateKey = "", CreatedAt = SignedAt, RetiredAt = SignedAt.AddDays(1),
            });
            db.IssuedCredentials.Add(new IssuedCredential
            {
                Id = Id, AchievementId = achievementId, RecipientName = "ผู้เรียนรุ่นแรก", IssuedAt = SignedAt, SourceKey = "test:legacy-fixture",
                KeyId = KeyId, Jwt = Jwt,
            });
            return await db.SaveChangesAsync();
        });
    }
}
