using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Credentials.Keys;

[Authorize(Policy = Policies.Admin)]
public sealed class SigningKeysModel(SigningKeyStore keys, JsonStringLocalizer l) : PageModel
{
    public IReadOnlyList<SigningKeyDto> Keys { get; private set; } = [];

    /// <summary>The admin ticked that they understand what a rotation does.</summary>
    [BindProperty] public bool Confirm { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await keys.AllAsync(ct);

    public async Task<IActionResult> OnPostRotateAsync(CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), l["Credentials.Keys.ConfirmRequired"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (await keys.RotateAsync(ct) is null)
        {
            ModelState.AddModelError("", l["Credentials.Keys.RotatedMeanwhile"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            TempData["Flash"] = "Credentials.Keys.Rotated";
            return Redirect("/admin/credentials/keys");
        }
        Keys = await keys.AllAsync(ct);
        return Page();
    }
}
