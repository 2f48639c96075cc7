using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Tests.Administration;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Credentials;

/// <summary>The tests of this class rotate one app's keys in turn, so each looks at what changed, not at key numbers.</summary>
public sealed class SigningKeyRotationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Api = "/api/v1/admin/credential-keys";
    private const string Page = "/admin/credentials/keys";

    private static string KidOf(string jwt)
    {
        var header = jwt.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header = header.PadRight(header.Length + (4 - header.Length % 4) % 4, '=');
        return JsonDocument.Parse(Convert.FromBase64String(header)).RootElement.GetProperty("kid").GetString()!;
    }

    private Task<List<string>> ActiveKeysAsync() =>
        factory.WithDbAsync(db => db.Set<LearningCity.Modules.Credentials.Data.SigningKey>().Where(k => k.RetiredAt == null).Select(k => k.Id).ToListAsync());

    [Fact]
    public async Task After_a_rotation_new_credentials_carry_the_new_key_and_old_ones_still_verify()
    {
        var (before, _, _, _) = await factory.NewCredentialAsync();
        var admin = await factory.AdminAsync();

        var rotated = await admin.PostAsync($"{Api}/rotate", null);

        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        var key = await rotated.Content.ReadFromJsonAsync<JsonElement>();
        var newKid = key.GetProperty("keyId").GetString()!;
        Assert.NotEqual(KidOf(before.Jwt), newKid);
        Assert.Equal([newKid], await ActiveKeysAsync());

        var (after, _, _, _) = await factory.NewCredentialAsync();
        Assert.Equal(newKid, KidOf(after.Jwt));
        var anyone = factory.CreateClient();
        Assert.True((await CredentialVerificationTests.VerifyAsync(anyone, before.Jwt)).GetProperty("valid").GetBoolean());
        Assert.True((await CredentialVerificationTests.VerifyAsync(anyone, after.Jwt)).GetProperty("valid").GetBoolean());

        var jwks = await anyone.GetFromJsonAsync<JsonElement>("/credentials/jwks.json");
        var kids = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(KidOf(before.Jwt), kids);
        Assert.Contains(newKid, kids);

        var keys = await admin.GetFromJsonAsync<JsonElement>(Api);
        var listed = keys.EnumerateArray().ToList();
        Assert.Equal(newKid, listed[0].GetProperty("keyId").GetString());
        Assert.True(listed[0].GetProperty("active").GetBoolean());
        Assert.Equal(1, listed[0].GetProperty("credentialsSigned").GetInt32());
        var old = listed.Single(k => k.GetProperty("keyId").GetString() == KidOf(before.Jwt));
        Assert.False(old.GetProperty("active").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, old.GetProperty("retiredAt").ValueKind);
        Assert.DoesNotContain("rivate", keys.GetRawText()); // never the private half
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "credentials.key.rotate" && a.EntityId == newKid)));
    }

    [Fact]
    public async Task Only_admins_see_or_rotate_the_keys()
    {
        var active = await ActiveKeysAsync();
        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Api}/rotate", null)).StatusCode);
        Assert.StartsWith("/account/login", (await anonymous.GetAsync(Page)).Headers.Location!.PathAndQueryOf());
        foreach (var role in new[] { Roles.Learner, Roles.Coordinator, Roles.Organizer, Roles.Judge, Roles.Researcher })
        {
            var client = await factory.LoginAsync(await factory.CreateAsync(role));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Api)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Api}/rotate", null)).StatusCode);
            Assert.StartsWith("/account/access-denied", (await client.GetAsync(Page)).Headers.Location!.PathAndQueryOf());
        }
        var adminWithoutTwoFactor = await factory.LoginAsync(await factory.CreateAdminWithoutTwoFactorAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await adminWithoutTwoFactor.PostAsync($"{Api}/rotate", null)).StatusCode);
        Assert.Equal(active, await ActiveKeysAsync());

        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/admin/credential-keys/rotate\"", openApi);
        Assert.Contains("\"RotateSigningKey\"", openApi);
    }

    [Fact]
    public async Task The_page_lists_the_keys_in_thai_and_rotates_only_when_the_admin_confirms()
    {
        var admin = await factory.AdminAsync();
        var page = await admin.GetPageAsync(Page);
        Assert.Contains("กุญแจลงนามใบรับรองดิจิทัล", page.QuerySelector("h1")!.TextContent);
        var activeBefore = page.QuerySelectorAll("tr.signing-key[data-active=true]").Select(r => r.GetAttribute("data-key")!).ToList();
        Assert.Single(activeBefore);

        var refused = await admin.SubmitFormAsync(Page, new Dictionary<string, string>(), "#rotate-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("กรุณายืนยันก่อนเปลี่ยนกุญแจ", Html.FieldErrors(await Html.ParseAsync(refused)));
        Assert.Equal(activeBefore, await ActiveKeysAsync());

        var done = await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Confirm"] = "true" }, "#rotate-form");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await admin.GetPageAsync(Page);
        Assert.Contains("เปลี่ยนกุญแจลงนามแล้ว", after.QuerySelector("[role=status]")!.TextContent);
        var activeAfter = after.QuerySelectorAll("tr.signing-key[data-active=true]").Select(r => r.GetAttribute("data-key")!).ToList();
        Assert.Single(activeAfter);
        Assert.NotEqual(activeBefore, activeAfter);
        Assert.Equal("false", after.QuerySelector($"tr.signing-key[data-key='{activeBefore[0]}']")!.GetAttribute("data-active"));
    }

    [Fact]
    public async Task Simultaneous_rotations_leave_exactly_one_active_key_and_the_losers_get_409()
    {
        var admins = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.AdminAsync()));

        var answers = await Task.WhenAll(admins.Select(a => a.PostAsync($"{Api}/rotate", null)));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(await ActiveKeysAsync());
        var (credential, _, _, _) = await factory.NewCredentialAsync();
        Assert.True((await CredentialVerificationTests.VerifyAsync(factory.CreateClient(), credential.Jwt)).GetProperty("valid").GetBoolean());
    }
}
