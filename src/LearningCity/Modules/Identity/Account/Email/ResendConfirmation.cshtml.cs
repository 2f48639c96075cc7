using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Data;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Account.Register;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningCity.Modules.Identity.Account.Email;

/// <summary>Sends a new confirmation link. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(PlatformSetup.AuthRateLimit)]
public sealed class ResendConfirmationModel(UserManager<AppUser> users, AccountRegistration registration, AppDbContext db) : PageModel
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
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await registration.SendConfirmationAsync(user);
            await db.SaveChangesAsync();
        }
        Sent = true;
        return Page();
    }
}
