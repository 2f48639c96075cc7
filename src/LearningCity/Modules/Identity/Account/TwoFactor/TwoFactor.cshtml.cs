using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Account.TwoFactor;

/// <summary>
/// Turns two-factor authentication on with an authenticator app, shows recovery codes once, and turns it
/// off again except for the roles that must keep it.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, JsonStringLocalizer l) : PageModel
{
    public const int RecoveryCodeCount = 10;

    /// <summary>"1" when the redirect for roles that must use two-factor authentication sent the user here.</summary>
    [BindProperty(SupportsGet = true)] public string? Required { get; set; }
    public bool IsRequired => Required is "1" or "true";
    [BindProperty] public VerifyInput Input { get; set; } = new();
    public bool Enabled { get; private set; }
    public bool MustKeep { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public sealed class VerifyInput
    {
        [Required(ErrorMessage = "Validation.Required"), StringLength(7, MinimumLength = 6, ErrorMessage = "Account.TwoFactor.CodeFormat"), Display(Name = "Account.Login2fa.Code")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError("Input.Code", l["Account.Login2fa.Failed"]);
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // The Admin and Judge policies read the two-factor claim from the cookie: issue a new one now.
        await signIn.RefreshSignInAsync(user);
        Message = "Account.TwoFactor.Enabled";
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await MustKeepAsync(user))
        {
            Error = "Account.TwoFactor.CannotDisable";
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (user.TwoFactorEnabled)
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A new key next time: the old one may sit in an app the user no longer controls.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            Message = "Account.TwoFactor.Disabled";
        }
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
            Message = "Account.TwoFactor.NewCodes";
        }
        await LoadAsync(user);
        return Page();
    }

    private async Task<bool> MustKeepAsync(AppUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Any(r => Roles.RequireTwoFactor.Contains(r));
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        MustKeep = await MustKeepAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            // A new key changes the security stamp; keep this browser signed in.
            await signIn.RefreshSignInAsync(user);
        }
        SharedKey = AuthenticatorQr.FormatKey(key);
        QrCode = AuthenticatorQr.PngDataUri(AuthenticatorQr.Uri(user.Email ?? user.UserName ?? "", key));
    }
}
