using LearningCity.Common.Web;

namespace LearningCity.Modules.Credentials.Issuing;

/// <summary>The platform's resolvable addresses for issuer, achievements, credentials and keys.</summary>
public sealed class CredentialUrls(SiteAddress site)
{
    public static readonly string[] Contexts =
        ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

    public string Issuer => site.Absolute("/credentials/issuer");
    public string Jwks => site.Absolute("/credentials/jwks.json");
    public string Achievement(int id) => site.Absolute($"/credentials/achievements/{id}");
    public string Credential(Guid id) => site.Absolute($"/credentials/{id}");
    public string Status(Guid id) => site.Absolute($"/api/v1/credentials/{id}/status");
    public string City(int id) => site.Absolute($"/cities/{id}");
    public string File(string name) => site.Absolute($"/files/{name}");
    public string DefaultImage => site.Absolute("/img/badge-default.svg");
    public string Topic(string slug) => site.Absolute($"/search?topic={Uri.EscapeDataString(slug)}");
}
