using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Profiles;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Verification;

public sealed record VerificationCheck(string Name, bool Passed, string Message);

public sealed record VerifiedCredentialSummary(Guid Id, int AchievementId, string AchievementName, string RecipientName,
    DateTime IssuedAt, DateTime? ExpiresAt, DateTime? RevokedAt, string? RevocationReason)
{
    public string Url => $"/credentials/{Id}";
}

public sealed record VerificationResult(bool Valid, IReadOnlyList<VerificationCheck> Checks, VerifiedCredentialSummary? Credential);

/// <summary>
/// Checks a VC-JWT as this platform issued it: format, signature with the key named by kid, issuer, validity
/// period, that the platform knows the credential, and that it is not revoked. Messages are in the current language.
/// </summary>
public sealed class CredentialVerifier(AppDbContext db, SigningKeyStore keys, OpenBadgeDocuments documents, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<VerificationResult> VerifyAsync(string? token, CancellationToken ct)
    {
        var checks = new List<VerificationCheck>();
        var jws = CompactJws.Parse(token);
        if (jws is null) return Fail(checks, "format", "Credentials.Check.Format.Bad");
        checks.Add(Pass("format", "Credentials.Check.Format.Ok"));

        var key = jws.Algorithm == SigningKeyStore.Algorithm && jws.KeyId is { } kid ? await keys.PublicKeyAsync(kid, ct) : null;
        if (key is null) return Fail(checks, "signature", "Credentials.Check.Signature.UnknownKey");
        if (!jws.SignatureMatches(key)) return Fail(checks, "signature", "Credentials.Check.Signature.Bad");
        checks.Add(Pass("signature", "Credentials.Check.Signature.Ok"));

        var payload = jws.Payload;
        var issuerId = (payload["issuer"] as JsonObject)?["id"]?.GetValue<string>();
        if (Text(payload, "iss") != documents.IssuerUrl || issuerId != documents.IssuerUrl || !HasTypes(payload))
            return Fail(checks, "issuer", "Credentials.Check.Issuer.Bad");
        checks.Add(Pass("issuer", "Credentials.Check.Issuer.Ok"));

        var jti = Text(payload, "jti");
        var id = jti is not null && jti.StartsWith("urn:uuid:", StringComparison.Ordinal) && Guid.TryParse(jti[9..], out var g) ? g : Guid.Empty;
        var row = await db.Set<IssuedCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (row is null || row.KeyId != jws.KeyId) return Fail(checks, "known", "Credentials.Check.Known.Bad");
        checks.Add(Pass("known", "Credentials.Check.Known.Ok"));
        var achievementName = await db.Set<Achievement>().Where(a => a.Id == row.AchievementId).Select(a => a.Name).FirstAsync(ct);
        var summary = new VerifiedCredentialSummary(row.Id, row.AchievementId, achievementName.Current, row.RecipientName,
            row.IssuedAt, row.ExpiresAt, row.RevokedAt, row.RevocationReason);

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var validUntil = Text(payload, "validUntil") is { } until && DateTimeOffset.TryParse(until, System.Globalization.CultureInfo.InvariantCulture, out var u) ? u.ToUnixTimeSeconds() : (long?)null;
        if (Number(payload, "nbf") is { } nbf && nbf > now + 60) return Fail(checks, "validity", "Credentials.Check.Validity.NotYet", summary);
        if ((Number(payload, "exp") is { } exp && exp <= now) || (validUntil is { } vu && vu <= now))
            return Fail(checks, "validity", "Credentials.Check.Validity.Expired", summary);
        checks.Add(Pass("validity", "Credentials.Check.Validity.Ok"));

        if (row.RevokedAt is not null) return Fail(checks, "revocation", "Credentials.Check.Revocation.Revoked", summary);
        checks.Add(Pass("revocation", "Credentials.Check.Revocation.Ok"));
        return new VerificationResult(true, checks, summary);
    }

    private VerificationCheck Pass(string name, string key) => new(name, true, l[key]);

    private VerificationResult Fail(List<VerificationCheck> checks, string name, string key, VerifiedCredentialSummary? summary = null)
    {
        checks.Add(new VerificationCheck(name, false, l[key]));
        return new VerificationResult(false, checks, summary);
    }

    private static bool HasTypes(JsonObject payload) =>
        payload["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "OpenBadgeCredential")
        && types.Any(t => t?.GetValue<string>() == "VerifiableCredential");

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    private static long? Number(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;
}
