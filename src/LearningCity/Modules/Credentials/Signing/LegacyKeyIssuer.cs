using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Modules.Credentials.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Signing;

/// <summary>
/// Fills in the issuer id of a key made before it was stored. Such a key signed as whatever the site's address was at
/// each moment, so the credentials it signed say which: the newest one's issuer becomes the key's issuer (new credentials
/// keep naming it), and any other the key signed under is kept as an earlier issuer id, so that all of them keep
/// verifying. A key that signed nothing takes the address the site has now, as it would have before.
/// </summary>
internal static class LegacyKeyIssuer
{
    public static async Task<SigningKey> FillAsync(AppDbContext db, SigningKey key, Func<string> issuerNow, CancellationToken ct)
    {
        if (key.IssuerId is not null) return key;
        var named = new List<string>();
        var tokens = db.IssuedCredentials.AsNoTracking().Where(c => c.KeyId == key.Id)
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).Select(c => c.Jwt).AsAsyncEnumerable();
        await foreach (var jwt in tokens.WithCancellation(ct))
        {
            if (CredentialJws.TryRead(jwt)?.Payload["iss"] is JsonValue value && value.TryGetValue<string>(out var issuer) && !named.Contains(issuer))
                named.Add(issuer);
        }
        var current = named.FirstOrDefault() ?? issuerNow();
        var earlier = named.Skip(1).ToList();
        // Only where it is still empty: several nodes may fill it at once, and all end up with the first one's answer.
        await db.SigningKeys.Where(k => k.Id == key.Id && k.IssuerId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.IssuerId, current).SetProperty(k => k.EarlierIssuerIds, earlier), ct);
        return await db.SigningKeys.AsNoTracking().FirstAsync(k => k.Id == key.Id, ct);
    }
}
