using LearningCity.Modules.Credentials.Issuing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Credentials.Profiles;

public sealed class IssuerProfileModel(OpenBadgeDocuments documents, CredentialUrls urls) : PageModel
{
    public string Json { get; private set; } = "";
    public string JwksUrl => urls.Jwks;

    public IActionResult OnGet()
    {
        var profile = documents.IssuerProfile();
        if (JsonLdNegotiation.WantsJson(Request)) return JsonLdNegotiation.Document(profile, Request);
        Json = JsonLdNegotiation.Document(profile, Request).Content!;
        return Page();
    }
}
