using LearningCity.Common.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Verification;

public sealed class VerifyPageModel(CredentialVerifier verifier, AppDbContext db) : PageModel
{
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public Guid? CredentialId { get; set; }

    public VerificationResult? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = Token;
        if (Upload is { Length: > 0 and <= 200_000 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            input = await reader.ReadToEndAsync(ct);
        }
        else if (string.IsNullOrWhiteSpace(input) && CredentialId is { } id)
            input = await db.IssuedCredentials.AsNoTracking().Where(c => c.Id == id).Select(c => c.Jwt).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(input))
        {
            ModelState.AddModelError(nameof(Token), HttpContext.RequestServices.GetRequiredService<Common.Localization.JsonStringLocalizer>()["Credentials.Verify.Empty"]);
            return Page();
        }
        Result = await verifier.VerifyAsync(CredentialVerifier.TokenFrom(input), ct);
        return Page();
    }
}
