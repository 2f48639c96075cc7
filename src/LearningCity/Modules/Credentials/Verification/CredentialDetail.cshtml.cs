using System.Text;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Revocation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Verification;

/// <summary>
/// The public page of a credential. The download is for the recipient and for whoever may revoke it (the issuer):
/// the page shows no e-mail, but the signed file is the recipient's to share, not the public's to collect.
/// </summary>
public sealed class CredentialDetailModel(AppDbContext db, CredentialRevocation revocation, TimeProvider time) : PageModel
{
    public IssuedCredential Credential { get; private set; } = null!;
    public Achievement Achievement { get; private set; } = null!;
    public bool MayDownload { get; private set; }
    public bool MayRevoke { get; private set; }
    public bool IsExpired { get; private set; }
    [BindProperty] public string? Reason { get; set; }
    public string? ReasonError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!MayDownload) return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        return File(Encoding.ASCII.GetBytes(Credential.Jwt), "application/jwt", $"credential-{Credential.Id}.jwt");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, [FromServices] Common.Localization.JsonStringLocalizer l, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!MayRevoke) return Forbid();
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 500)
        {
            ReasonError = string.IsNullOrWhiteSpace(Reason) ? l["Validation.Required", l["Credentials.Field.Reason"]] : l["Validation.MaxLength", l["Credentials.Field.Reason"], 500];
            return Page();
        }
        await revocation.RevokeAsync(id, Reason, User, ct);
        TempData["Flash"] = "Credentials.Detail.RevokedDone";
        return Redirect($"/credentials/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var credential = await db.Set<IssuedCredential>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (credential is null) return NotFound();
        Credential = credential;
        Achievement = await db.Set<Achievement>().AsNoTracking().FirstAsync(a => a.Id == credential.AchievementId, ct);
        MayRevoke = await revocation.MayRevokeAsync(User, Achievement.Id, ct);
        var userId = CityAccess.UserId(User);
        MayDownload = MayRevoke || (userId is not null && userId == credential.RecipientUserId);
        IsExpired = credential.ExpiresAt is { } e && e <= time.GetUtcNow().UtcDateTime;
        return null;
    }
}
