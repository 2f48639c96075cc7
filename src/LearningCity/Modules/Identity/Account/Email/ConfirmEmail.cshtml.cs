using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Account.Email;

/// <summary>The link from the confirmation e-mail. A wrong, used-up or expired link gets a friendly page, never an error.</summary>
public sealed class ConfirmEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        Confirmed = await ConfirmAsync(userId, code);
        if (!Confirmed) Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    private async Task<bool> ConfirmAsync(string? userId, string? code)
    {
        var token = AccountEmails.DecodeToken(code);
        if (token is null || !Guid.TryParse(userId, out var id)) return false;
        var user = await users.FindByIdAsync(id.ToString());
        return user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
