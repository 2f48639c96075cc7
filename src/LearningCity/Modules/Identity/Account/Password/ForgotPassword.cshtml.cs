using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account.Password;

/// <summary>Sends a reset link when the address has an account; the page never says whether it has.</summary>
[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AccountEmails emails, AppDbContext db) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Email")]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            emails.PasswordReset(user, emails.Link("/account/reset-password", ("email", user.Email!), ("code", AccountEmails.EncodeToken(token))));
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
