using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Credentials.Profiles;

/// <summary>The issuer profile, under the issuer id new credentials name (stored with the signing key).</summary>
public sealed class IssuerProfileModel(OpenBadgeDocuments documents, SigningKeyStore keys) : PageModel
{
    public string Json { get; private set; } = "";
    public string JwksUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var urls = await keys.CurrentUrlsAsync(ct);
        var profile = documents.IssuerProfile(urls);
        if (JsonLdNegotiation.WantsJson(Request)) return JsonLdNegotiation.Document(profile, Request);
        Json = JsonLdNegotiation.Document(profile, Request).Content!;
        JwksUrl = urls.Jwks;
        return Page();
    }
}
