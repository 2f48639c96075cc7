using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account.Throttling;

/// <summary>
/// Asks for a link that ends the waits on signing in to an account. Like the password reset, the page answers the
/// same whether or not the address has an account, and only the mailbox's owner receives the link.
/// </summary>
[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class UnlockModel(UserManager<AppUser> users, AccountEmails emails, AppDbContext db) : PageModel
{
    public const string Purpose = "unlock-sign-in";

    [BindProperty] public UnlockInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public sealed class UnlockInput
    {
        [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Email")]
        public string Email { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose);
            emails.Unlock(user, emails.Link("/account/unlock/confirm", ("email", user.Email!), ("code", AccountEmails.EncodeToken(token))));
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
