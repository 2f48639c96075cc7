using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Registrations;

[Authorize]
public sealed class CancelModel(RegistrationCancellation cancellation, UserManager<AppUser> users) : PageModel
{
    public IActionResult OnGet(int id) => Redirect(TicketLinks.Ticket(id));

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var refusal = await cancellation.CancelAsync(Guid.Parse(users.GetUserId(User)!), id, ct);
        if (refusal == RegistrationRefusal.NotFound) return NotFound();
        TempData["Flash"] = refusal == RegistrationRefusal.None ? "Registration.Flash.Cancelled" : RegistrationRules.MessageKey(refusal);
        return Redirect("/me/registrations");
    }
}
