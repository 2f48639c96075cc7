namespace LearningCity.Modules.Credentials.Issuing;

/// <summary>
/// The resolvable addresses a credential names (issuer, achievements, status, images), all under the origin its issuer
/// id was fixed with (<see cref="Data.SigningKey.IssuerId"/>), never under whatever Site:PublicUrl says today.
/// </summary>
public sealed class CredentialUrls(string origin)
{
    public const string IssuerPath = "/credentials/issuer";

    public static readonly string[] Contexts =
        ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    /// <summary>The addresses under the origin an issuer id was made from.</summary>
    public static CredentialUrls ForIssuer(string issuerId) =>
        new(issuerId.EndsWith(IssuerPath, StringComparison.Ordinal) ? issuerId[..^IssuerPath.Length] : issuerId.TrimEnd('/'));

    /// <summary>The issuer id of a public address: https://example.go.th gives https://example.go.th/credentials/issuer.</summary>
    public static string IssuerIdAt(string origin) => origin.TrimEnd('/') + IssuerPath;

    /// <summary>An address without query, fragment or trailing slash; null when it is not an absolute http(s) address.</summary>
    public static string? NormalizeOrNull(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;

    public string Origin => origin;
    public string Issuer => origin + IssuerPath;
    public string Jwks => origin + "/credentials/jwks.json";
    public string Achievement(int id) => $"{origin}/credentials/achievements/{id}";
    public string Credential(Guid id) => $"{origin}/credentials/{id}";
    public string Status(Guid id) => $"{origin}/api/v1/credentials/{id}/status";
    public string City(int id) => $"{origin}/cities/{id}";
    public string File(string name) => $"{origin}/files/{name}";
    public string DefaultImage => origin + "/img/badge-default.svg";
    public string Topic(string slug) => $"{origin}/search?topic={Uri.EscapeDataString(slug)}";
}
