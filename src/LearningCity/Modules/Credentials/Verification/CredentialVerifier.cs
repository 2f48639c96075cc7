using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Verification;

public sealed record VerificationCheck(string Name, bool Passed, string Message);

public sealed record VerifiedCredentialSummary(Guid Id, string Url, string AchievementName, string AchievementUrl, string RecipientName,
    string IssuerName, DateTime ValidFrom, DateTime? ValidUntil, DateTime? RevokedAt, string? RevocationReason);

public sealed record VerificationResult(bool Valid, IReadOnlyList<VerificationCheck> Checks, VerifiedCredentialSummary? Credential);

/// <summary>
/// Checks a VC-JWT: its form, the signature with the key its kid names, that it names the issuer id stored with that key,
/// that the platform knows it (the exact token it stored), its validity period and whether it was revoked. Nothing here
/// depends on the site's current address.
/// </summary>
public sealed class CredentialVerifier(AppDbContext db, SigningKeyStore keys, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<VerificationResult> VerifyAsync(string? token, CancellationToken ct)
    {
        var checks = new List<VerificationCheck>();
        VerificationResult Done(VerifiedCredentialSummary? summary = null) => new(checks.All(c => c.Passed), checks, summary);
        bool Add(string name, bool passed, string key, params object[] args)
        {
            checks.Add(new VerificationCheck(name, passed, l[$"Credentials.Check.{key}", args].Value));
            return passed;
        }

        var jws = CredentialJws.TryRead(token);
        if (!Add("format", jws is not null, jws is null ? "Format.Bad" : "Format.Ok")) return Done();
        var key = jws!.KeyId is { } kid ? await keys.VerificationKeyAsync(kid, ct) : null;
        if (!Add("key", key is not null, key is null ? "Key.Unknown" : "Key.Ok", jws.KeyId ?? "-")) return Done();
        var signed = await CredentialJws.IsSignedByAsync(jws, key!.PublicKey);
        if (!Add("signature", signed, signed ? "Signature.Ok" : "Signature.Bad")) return Done();

        var payload = jws.Payload;
        // The issuer id stored with the key that signed it, whatever the site's address is today.
        var iss = Text(payload["iss"]);
        var issuerOk = iss is not null && key.IssuerIds.Contains(iss) && Text((payload["issuer"] as JsonObject)?["id"]) == iss
            && Types(payload).Contains("OpenBadgeCredential");
        Add("issuer", issuerOk, issuerOk ? "Issuer.Ok" : "Issuer.Bad");

        var jti = Text(payload["jti"]);
        var id = jti is not null && jti.StartsWith("urn:uuid:", StringComparison.Ordinal) && Guid.TryParse(jti[9..], out var g) ? g : Guid.Empty;
        var row = id == Guid.Empty ? null : await db.IssuedCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        var known = row is not null && row.Jwt == jws.Compact;
        if (!Add("known", known, known ? "Known.Ok" : "Known.Bad")) return Done();

        var now = time.GetUtcNow();
        var nbf = Seconds(payload["nbf"]);
        var exp = Seconds(payload["exp"]);
        var validUntil = Date(payload["validUntil"]);
        var started = nbf is null || nbf <= now;
        var notExpired = (exp is null || exp > now) && (validUntil is null || validUntil > now);
        if (!started) Add("validity", false, "Validity.NotYet");
        else if (!notExpired) Add("validity", false, "Validity.Expired", Stamp(validUntil ?? exp!.Value));
        else Add("validity", true, "Validity.Ok");

        Add("revocation", row!.RevokedAt is null, row.RevokedAt is null ? "Revocation.Ok" : "Revocation.Revoked", row.RevocationReason ?? "");

        var achievement = payload["credentialSubject"]?["achievement"] as JsonObject;
        return Done(new VerifiedCredentialSummary(row.Id, $"/credentials/{row.Id}", Text(achievement?["name"]) ?? "", Text(achievement?["id"]) ?? "",
            row.RecipientName, Text(payload["issuer"]?["name"]) ?? "", row.IssuedAt, row.ExpiresAt, row.RevokedAt, row.RevocationReason));
    }

    /// <summary>The token from what a person pasted or uploaded: the compact JWT, a JSON string, or the JSON download.</summary>
    public static string? TokenFrom(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || (text[0] != '{' && text[0] != '"')) return text;
        try
        {
            var node = JsonNode.Parse(text);
            return Text(node) ?? Text(node?["jwt"]) ?? Text(node?["proof"]?["jwt"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException) { return text; } // not JSON, or text that is not valid UTF-16 (a lone surrogate)
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static IEnumerable<string> Types(JsonObject payload) =>
        payload["type"] is JsonArray a ? a.Select(Text).OfType<string>() : [];

    private static DateTimeOffset? Seconds(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null;

    private static DateTimeOffset? Date(JsonNode? node) =>
        Text(node) is { } s && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
