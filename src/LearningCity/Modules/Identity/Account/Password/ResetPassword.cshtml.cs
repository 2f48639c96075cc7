using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account.Password;

/// <summary>The link from the reset e-mail: sets a new password and lifts a lockout.</summary>
[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class ResetPasswordModel(UserManager<AppUser> users, JsonStringLocalizer l, Throttling.SignInThrottle throttle) : PageModel
{
    [BindProperty] public ResetInput Input { get; set; } = new();
    public bool Done { get; private set; }

    public sealed class ResetInput
    {
        public string Email { get; set; } = "";
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), DataType(DataType.Password), Display(Name = "Account.NewPassword")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required"), Compare(nameof(Password), ErrorMessage = "Validation.Compare"), DataType(DataType.Password), Display(Name = "Account.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var token = AccountEmails.DecodeToken(Input.Code);
        var user = string.IsNullOrWhiteSpace(Input.Email) ? null : await users.FindByEmailAsync(Input.Email.Trim());
        if (token is null || user is null)
        {
            ModelState.AddModelError("", l["Identity.InvalidToken"]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(ProfileRules.FieldOf(error) == "Password" ? "Input.Password" : "", error.Description);
            return Page();
        }
        // Whoever opened the link controls the mailbox, so a lockout caused by someone guessing is lifted
        // and the address counts as confirmed.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Clear(user.Email ?? "");
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        Done = true;
        return Page();
    }
}
