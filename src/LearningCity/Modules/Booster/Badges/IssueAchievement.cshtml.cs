using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class IssueAchievementModel(AppDbContext db, AchievementEditing editing, BadgeIssuing issuing, JsonStringLocalizer l) : PageModel
{
    public Achievement Achievement { get; private set; } = null!;
    public List<Attendee> Attendees { get; private set; } = [];
    [BindProperty] public List<int> RegistrationIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (RegistrationIds.Count == 0)
        {
            ModelState.AddModelError(nameof(RegistrationIds), l["Badges.Validation.ChooseAttendees"]);
            return Page();
        }
        var results = await issuing.IssueToAsync(Achievement, RegistrationIds.Take(500).ToList(), CityAccess.UserId(User)!.Value, ct);
        TempData["Flash"] = "Badges.Flash.Issued";
        return Redirect($"/achievements/{id}/issue");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var a = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        if (!await editing.MayEditAsync(User, a, ct)) return Forbid();
        Achievement = a;
        Attendees = await issuing.AttendeesAsync(a, ct);
        return null;
    }
}
