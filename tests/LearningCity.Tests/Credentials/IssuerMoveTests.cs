using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Resources;
using Microsoft.EntityFrameworkCore;
using static LearningCity.Tests.Credentials.CredentialVerificationTests;

namespace LearningCity.Tests.Credentials;

/// <summary>
/// The stored issuer id changes only when an admin says so, by rotating the key with the platform's new public address
/// (a move to another domain); what was issued before keeps naming, and verifying under, the old issuer id.
/// </summary>
public sealed class IssuerMoveTests(NewAddressApp factory) : IClassFixture<NewAddressApp>
{
    private const string Api = "/api/v1/admin/credential-keys";
    private const string Page = "/admin/credentials/keys";
    private const string NewIssuer = NewAddressApp.NewAddress + "/credentials/issuer";

    private static string IssuerOf(string jwt) => CredentialJws.TryRead(jwt)!.Payload["iss"]!.GetValue<string>();

    private Task<List<string>> ActiveKeysAsync() =>
        factory.WithDbAsync(db => db.SigningKeys.Where(k => k.RetiredAt == null).Select(k => k.Id).ToListAsync());

    [Fact]
    public async Task An_admin_moves_the_issuer_to_the_new_address_and_credentials_issued_before_still_verify()
    {
        var (before, _, _, _) = await factory.NewCredentialAsync();
        Assert.NotEqual(NewIssuer, IssuerOf(before.Jwt));
        var admin = await factory.AdminAsync();
        var page = await admin.GetPageAsync(Page);
        Assert.Contains(IssuerOf(before.Jwt), page.QuerySelector("#current-issuer")!.TextContent);
        Assert.Contains(NewAddressApp.NewAddress, page.QuerySelector("#address-differs")!.TextContent);

        var rotated = await admin.PostAsJsonAsync($"{Api}/rotate", new { publicAddress = NewAddressApp.NewAddress + "/" });

        Assert.Equal(HttpStatusCode.Created, rotated.StatusCode);
        Assert.Equal(NewIssuer, (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issuerId").GetString());
        var (after, _, _, _) = await factory.NewCredentialAsync();
        Assert.Equal(NewIssuer, IssuerOf(after.Jwt));
        Assert.StartsWith(NewAddressApp.NewAddress + "/api/v1/credentials/", CredentialJws.TryRead(after.Jwt)!.Payload["credentialStatus"]!["id"]!.GetValue<string>());
        Assert.True((await VerifyAsync(factory.CreateClient(), before.Jwt)).GetProperty("valid").GetBoolean());
        Assert.True((await VerifyAsync(factory.CreateClient(), after.Jwt)).GetProperty("valid").GetBoolean());

        var request = new HttpRequestMessage(HttpMethod.Get, "/credentials/issuer");
        request.Headers.Accept.ParseAdd("application/ld+json");
        Assert.Equal(NewIssuer, JsonNode.Parse(await (await factory.CreateClient().SendAsync(request)).Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        var moved = await admin.GetPageAsync(Page);
        Assert.Null(moved.QuerySelector("#address-differs"));
        Assert.Contains(NewIssuer, moved.QuerySelector("#current-issuer")!.TextContent);
        var kid = CredentialJws.TryRead(after.Jwt)!.KeyId;
        Assert.Contains(NewIssuer, await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "credentials.key.rotate" && a.EntityId == kid).Select(a => a.After).FirstAsync()));
    }

    [Fact]
    public async Task A_new_address_that_is_not_a_web_address_is_refused_with_a_thai_message_and_changes_nothing()
    {
        var admin = await factory.AdminAsync();
        var active = await ActiveKeysAsync();

        var refused = await admin.PostAsJsonAsync($"{Api}/rotate", new { publicAddress = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("publicAddress", await refused.Content.ReadAsStringAsync());

        var form = await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Confirm"] = "true", ["PublicAddress"] = "ftp://learningcity.example.go.th" }, "#rotate-form");
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains(Html.FieldErrors(await Html.ParseAsync(form)), e => e.Contains("http://", StringComparison.Ordinal) && e.Contains("ต้อง", StringComparison.Ordinal));
        Assert.Equal(active, await ActiveKeysAsync());
    }
}
