using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Revocation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Viewing;

public sealed class CredentialPageModel(AppDbContext db, CredentialAccess access, CredentialRevocation revocation, JsonStringLocalizer l, TimeProvider time) : PageModel
{
    public IssuedCredential Credential { get; private set; } = null!;
    public Achievement Achievement { get; private set; } = null!;
    public bool MayDownload { get; private set; }
    public bool MayRevoke { get; private set; }
    public bool IsExpired => Credential.ExpiresAt is { } e && e <= time.GetUtcNow().UtcDateTime;

    [BindProperty, Required(ErrorMessage = "Validation.Required"), StringLength(500, ErrorMessage = "Validation.MaxLength"), Display(Name = "Credentials.Field.Reason")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!MayRevoke) return StatusCode(StatusCodes.Status403Forbidden);
        if (!ModelState.IsValid) return Page();
        var outcome = await revocation.RevokeAsync(id, Reason!, User, ct);
        if (outcome == RevokeOutcome.AlreadyRevoked) ModelState.AddModelError(nameof(Reason), l["Credentials.Error.AlreadyRevoked"]);
        if (!ModelState.IsValid) return Page();
        TempData["Flash"] = "Credentials.Flash.Revoked";
        return Redirect($"/credentials/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var credential = await db.IssuedCredentials.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null) return NotFound();
        Credential = credential;
        Achievement = await db.Achievements.AsNoTracking().FirstAsync(a => a.Id == credential.AchievementId, ct);
        MayDownload = await access.MayDownloadAsync(User, credential, ct);
        MayRevoke = await revocation.MayRevokeAsync(User, credential.AchievementId, ct);
        return null;
    }
}
