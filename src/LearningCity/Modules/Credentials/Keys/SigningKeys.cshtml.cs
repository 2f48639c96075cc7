using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Common.Validation;
using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Credentials.Keys;

[Authorize(Policy = Policies.Admin)]
public sealed class SigningKeysModel(SigningKeyStore keys, JsonStringLocalizer l, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<SigningKeyDto> Keys { get; private set; } = [];

    /// <summary>The issuer id new credentials name (stored with the active key).</summary>
    public string CurrentIssuer { get; private set; } = "";

    /// <summary>Site:PublicUrl when it is set and differs from the address the stored issuer id is at.</summary>
    public string? DifferentSiteAddress { get; private set; }

    /// <summary>The admin ticked that they understand what a rotation does.</summary>
    [BindProperty] public bool Confirm { get; set; }

    /// <summary>Only when the platform moves: the public address new credentials name the issuer at.</summary>
    [BindProperty, WebAddress, StringLength(300, ErrorMessage = "Validation.MaxLength"), Display(Name = "Credentials.Keys.NewAddress")]
    public string? PublicAddress { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), l["Credentials.Keys.ConfirmRequired"]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (await keys.RotateAsync(string.IsNullOrWhiteSpace(PublicAddress) ? null : CredentialUrls.NormalizeOrNull(PublicAddress), ct) is null)
        {
            ModelState.AddModelError("", l["Credentials.Keys.RotatedMeanwhile"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            TempData["Flash"] = "Credentials.Keys.Rotated";
            return Redirect("/admin/credentials/keys");
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Keys = await keys.AllAsync(ct);
        var urls = await keys.CurrentUrlsAsync(ct);
        CurrentIssuer = urls.Issuer;
        var configured = CredentialUrls.NormalizeOrNull(configuration["Site:PublicUrl"]);
        DifferentSiteAddress = configured is not null && configured != urls.Origin ? configured : null;
    }
}
