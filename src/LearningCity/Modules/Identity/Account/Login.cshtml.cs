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

[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, KnownDevices devices) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Message { get; private set; }
    /// <summary>How long this browser must wait before trying this address again, when guesses have slowed it down.</summary>
    public TimeSpan? Wait { get; private set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Display(Name = "Account.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Account.Login.RememberMe")]
        public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var client = SignInThrottle.ClientOf(HttpContext);
        if (throttle.WaitFor(email, client, devices.Knows(HttpContext, email)) is { } wait)
        {
            Wait = wait;
            return Page();
        }
        // Identity's own lockout is off: it let anyone lock any account with five wrong passwords.
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(email, client);
            devices.Remember(HttpContext, email);
            var user = await users.FindByEmailAsync(email);
            if (user is not null) LanguageCookie.Set(HttpContext, user.PreferredLanguage);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
            return Redirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(SafeReturnUrl(ReturnUrl))}&rememberMe={Input.RememberMe}");
        if (result.IsNotAllowed)
        {
            Message = "Account.Login.NotConfirmed";
            return Page();
        }
        throttle.Failed(email, client);
        Message = "Account.Login.Failed";
        return Page();
    }

    internal static string SafeReturnUrl(string? url) => LocalReturnUrl.OrHome(url);
}
