using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Account.Throttling;

/// <summary>
/// The e-mailed link: whoever opens it controls the mailbox, so every wait on the account ends and this browser
/// becomes one of the owner's known devices. A link is used once: its token is tied to the security stamp, which changes.
/// </summary>
public sealed class UnlockConfirmModel(UserManager<AppUser> users, SignInThrottle throttle, KnownDevices devices) : PageModel
{
    public bool Unlocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? email, string? code)
    {
        var token = AccountEmails.DecodeToken(code);
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (token is not null && user is not null && await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, UnlockModel.Purpose, token))
        {
            throttle.Clear(user.Email!);
            devices.Remember(HttpContext, user.Email!);
            await users.UpdateSecurityStampAsync(user);
            Unlocked = true;
        }
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
