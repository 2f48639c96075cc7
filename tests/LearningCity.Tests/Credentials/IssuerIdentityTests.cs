using System.Net;
using System.Text.Json.Nodes;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningCity.Tests.Credentials.CredentialVerificationTests;

namespace LearningCity.Tests.Credentials;

/// <summary>The app with a public address (Site:PublicUrl), on its own seeded copy or on the database another app left.</summary>
public class PublicAddressApp(string? publicUrl, TestDatabase? database = null) : AppFactory
{
    protected override bool StartsFromSeededCopy => database is null;

    protected override IEnumerable<KeyValuePair<string, string>> Settings
    {
        get
        {
            if (publicUrl is not null) yield return new("Site:PublicUrl", publicUrl);
            if (database is not null) yield return new(TestDatabase.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", database.ConnectionString);
        }
    }

    public static async Task<PublicAddressApp> StartAsync(string? publicUrl, TestDatabase? database = null)
    {
        var app = new PublicAddressApp(publicUrl, database);
        await app.InitializeAsync();
        return app;
    }
}

/// <summary>The app at its real address, set after it had issued credentials under the address it listened on.</summary>
public sealed class NewAddressApp() : PublicAddressApp(NewAddress)
{
    public const string NewAddress = "https://learningcity.example.go.th";
}

/// <summary>
/// The issuer id is fixed when the first signing key is made and stored with it, so a credential verifies whatever the
/// site's public address says later; new credentials keep naming the stored issuer.
/// </summary>
public sealed class IssuerIdentityTests(NewAddressApp factory) : IClassFixture<NewAddressApp>
{
    private static string IssuerOf(string jwt) =>
        JsonNode.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1])))!["iss"]!.GetValue<string>();

    private static string Pad(string part)
    {
        var s = part.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
    }

    private static async Task AssertValidAsync(AppFactory app, string jwt)
    {
        Assert.True((await VerifyAsync(app.CreateClient(), jwt)).GetProperty("valid").GetBoolean(), (await VerifyAsync(app.CreateClient(), jwt)).ToString());
        var page = await Html.ParseAsync(await app.CreateBrowserlessClient().SubmitFormAsync("/credentials/verify", new Dictionary<string, string> { ["Token"] = jwt }));
        Assert.Equal("true", page.QuerySelector("#verify-result")?.GetAttribute("data-valid"));
    }

    [Fact]
    public async Task A_credential_still_verifies_after_the_public_address_changes_and_new_ones_keep_naming_the_stored_issuer()
    {
        const string first = "https://first.learningcity.example.go.th";
        await using var firstApp = await PublicAddressApp.StartAsync(first);
        await firstApp.WithDbAsync(SigningKeyCleanup.RemoveAllAsync); // the first key is made now, under the configured address
        var (before, learner, _, achievementId) = await firstApp.NewCredentialAsync();
        Assert.Equal($"{first}/credentials/issuer", IssuerOf(before.Jwt));
        var database = await firstApp.StopAndKeepDatabaseAsync();
        try
        {
            await using var moved = await PublicAddressApp.StartAsync("https://moved.learningcity.example.go.th", database);
            await AssertValidAsync(moved, before.Jwt);

            var after = await moved.IssueAsync(achievementId, learner);
            Assert.Equal($"{first}/credentials/issuer", IssuerOf(after.Jwt));
            Assert.StartsWith($"{first}/credentials/achievements/", JsonNode.Parse(Convert.FromBase64String(Pad(after.Jwt.Split('.')[1])))!
                ["credentialSubject"]!["achievement"]!["id"]!.GetValue<string>());
            await AssertValidAsync(moved, after.Jwt);

            var request = new HttpRequestMessage(HttpMethod.Get, "/credentials/issuer");
            request.Headers.Accept.ParseAdd("application/ld+json");
            var profile = await moved.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
            Assert.Equal($"{first}/credentials/issuer", JsonNode.Parse(await profile.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_credential_issued_under_localhost_before_the_issuer_was_stored_verifies_under_the_real_address()
    {
        await LegacyCredential.AddAsync(factory);
        await AssertValidAsync(factory, LegacyCredential.Jwt);
        var result = await VerifyAsync(factory.CreateClient(), LegacyCredential.Jwt);
        Assert.Equal(LegacyCredential.Id, result.GetProperty("credential").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_key_from_before_the_issuer_was_stored_that_signed_under_two_addresses_verifies_both_and_keeps_the_newer()
    {
        const string pilot = "https://pilot.learningcity.example.go.th/credentials/issuer";
        var (older, learner, _, achievementId) = await factory.NewCredentialAsync();
        var newer = await factory.IssueAsync(achievementId, learner);
        var kid = CredentialJws.TryRead(older.Jwt)!.KeyId!;
        string newerJwt = "";
        // As such a platform has them: the newer credential was signed while the site had another address, and the key has no issuer id.
        await factory.WithScopeAsync(async services =>
        {
            var payload = CredentialJws.TryRead(newer.Jwt)!.Payload;
            payload["iss"] = pilot;
            payload["issuer"]!["id"] = pilot;
            using (var key = await services.GetRequiredService<SigningKeyStore>().ActiveAsync(default)) newerJwt = CredentialJws.Sign(payload, key.KeyId, key.Key);
            var db = services.GetRequiredService<Common.Data.AppDbContext>();
            var later = (await db.IssuedCredentials.Where(c => c.Id == older.Id).Select(c => c.IssuedAt).FirstAsync()).AddMinutes(1);
            await db.IssuedCredentials.Where(c => c.Id == newer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Jwt, newerJwt).SetProperty(c => c.IssuedAt, later));
            await db.SigningKeys.Where(k => k.Id == kid).ExecuteUpdateAsync(s => s.SetProperty(k => k.IssuerId, (string?)null).SetProperty(k => k.EarlierIssuerIds, new List<string>()));
        });

        await AssertValidAsync(factory, older.Jwt);
        await AssertValidAsync(factory, newerJwt);
        var key = await factory.WithDbAsync(db => db.SigningKeys.AsNoTracking().FirstAsync(k => k.Id == kid));
        Assert.Equal(pilot, key.IssuerId);
        Assert.Equal([IssuerOf(older.Jwt)], key.EarlierIssuerIds);
        Assert.Equal(pilot, IssuerOf((await factory.IssueAsync(achievementId, learner)).Jwt));
    }
}
