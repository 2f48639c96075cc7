using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Credentials.Verification;

public sealed class VerifyCredentialModel(CredentialVerifier verifier, JsonStringLocalizer l) : PageModel
{
    private const int MaxFileBytes = 64 * 1024;

    [BindProperty] public string? Jwt { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public VerificationResult? Result { get; private set; }
    public string? InputError { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var token = Jwt;
        if (string.IsNullOrWhiteSpace(token) && Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxFileBytes) { InputError = l["Credentials.Verify.FileTooLarge"]; return Page(); }
            using var reader = new StreamReader(Upload.OpenReadStream());
            token = await reader.ReadToEndAsync(ct);
            Jwt = token.Trim();
        }
        if (string.IsNullOrWhiteSpace(token)) { InputError = l["Credentials.Verify.Missing"]; return Page(); }
        Result = await verifier.VerifyAsync(token, ct);
        return Page();
    }
}
