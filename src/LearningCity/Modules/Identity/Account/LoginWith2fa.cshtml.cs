using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Account.Throttling;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account;

/// <summary>Second step of log-in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, SignInThrottle throttle, KnownDevices devices) : PageModel
{
    [BindProperty] public CodeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public bool RememberMe { get; set; }
    public string? Message { get; private set; }
    public TimeSpan? Wait { get; private set; }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Validation.Required"), StringLength(20, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Login2fa.Code")]
        public string Code { get; set; } = "";

        [Display(Name = "Account.Login2fa.RememberMachine")]
        public bool RememberMachine { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/account/login");
        var email = user.Email ?? "";
        var client = SignInThrottle.ClientOf(HttpContext);
        if (throttle.WaitFor(email, client, devices.Knows(HttpContext, email)) is { } wait)
        {
            Wait = wait;
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim());
        if (result.Succeeded)
        {
            throttle.Succeeded(email, client);
            devices.Remember(HttpContext, email);
            LanguageCookie.Set(HttpContext, user.PreferredLanguage);
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }
        throttle.Failed(email, client);
        Message = "Account.Login2fa.Failed";
        return Page();
    }
}
