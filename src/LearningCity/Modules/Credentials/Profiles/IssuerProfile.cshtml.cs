using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Credentials.Profiles;

/// <summary>The issuer Profile: JSON-LD when the client asks for JSON, a readable page otherwise.</summary>
public sealed class IssuerProfileModel(OpenBadgeDocuments documents) : PageModel
{
    public string JsonLd { get; private set; } = "";

    public IActionResult OnGet()
    {
        JsonLd = documents.IssuerProfile().ToJsonString();
        return JsonNegotiation.WantsJson(Request) ? Content(JsonLd, "application/ld+json") : Page();
    }
}

internal static class JsonNegotiation
{
    public static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("json", StringComparison.OrdinalIgnoreCase));
}
