using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Registrations;

[Authorize]
public sealed class RegisterModel(AppDbContext db, SessionRegistration registration, UserManager<AppUser> users, TimeProvider time) : PageModel
{
    [BindProperty] public RegisterInput Input { get; set; } = new();
    public Activity Activity { get; private set; } = null!;
    public ActivitySession Session { get; private set; } = null!;
    public string? SpaceName { get; private set; }
    public RegistrationRefusal Refusal { get; private set; }
    public Registration? Existing { get; private set; }
    public bool NeedsGuardian { get; private set; }

    public sealed class RegisterInput
    {
        public bool Consent { get; set; }
        public string? GuardianName { get; set; }
        public string? GuardianContact { get; set; }
        public bool GuardianConsent { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, int sessionId, CancellationToken ct) =>
        await LoadAsync(id, sessionId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, sessionId, ct)) return NotFound();
        var result = await registration.RegisterAsync(UserId, id, sessionId,
            new ConsentInput(Input.Consent, Input.GuardianName, Input.GuardianContact, Input.GuardianConsent), ct);
        if (result.Registration is { } saved)
        {
            TempData["Flash"] = saved.Status == RegistrationStatus.Confirmed ? "Registration.Flash.Confirmed" : "Registration.Flash.Waitlisted";
            return Redirect(TicketLinks.Ticket(saved.Id));
        }
        foreach (var (field, message) in result.Errors) ModelState.AddModelError($"Input.{field}", message);
        if (result.Refusal != RegistrationRefusal.None)
        {
            Refusal = result.Refusal;
            Response.StatusCode = RegistrationRules.StatusCode(result.Refusal);
        }
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private Guid UserId => Guid.Parse(users.GetUserId(User)!);

    private async Task<bool> LoadAsync(int id, int sessionId, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        var session = await db.ActivitySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        Refusal = RegistrationRules.Check(activity, session, now);
        if (Refusal == RegistrationRefusal.NotFound) return false;
        Activity = activity!;
        Session = session!;
        if (Activity.LearningSpaceId is { } spaceId)
            SpaceName = (await db.LearningSpaces.AsNoTracking().Where(s => s.Id == spaceId).Select(s => s.Name).FirstOrDefaultAsync(ct))?.Current;
        var userId = UserId;
        Existing = await db.Registrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.SessionId == sessionId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled, ct);
        var birthYear = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.BirthYear).FirstOrDefaultAsync(ct);
        NeedsGuardian = PrivacyNotice.NeedsGuardian(birthYear, now);
        return true;
    }
}
