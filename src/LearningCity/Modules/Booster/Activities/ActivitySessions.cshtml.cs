using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>The organizer's sessions page: add, change (start, end, capacity in Thai time) and cancel.</summary>
[Authorize]
public sealed class ActivitySessionsModel(AppDbContext db, PublisherAccess access, ActivityRules rules, ActivitySchedule schedule, TimeProvider time) : PageModel
{
    public Activity Activity { get; private set; } = null!;
    [BindProperty] public DateTime? StartsLocal { get; set; }
    [BindProperty] public DateTime? EndsLocal { get; set; }
    [BindProperty] public int? Capacity { get; set; }
    public int? EditingSessionId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var input = Input();
        if (!Check(rules.ValidateSession(input), null)) return Page();
        await schedule.AddAsync(Activity, input, ct);
        TempData["Flash"] = "Activities.Sessions.Saved";
        return Redirect($"/activities/{id}/sessions");
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Activity.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session) return NotFound();
        var input = Input();
        if (!Check(rules.ValidateSession(input, session.ConfirmedCount), sessionId)) return Page();
        await schedule.UpdateAsync(Activity, session, input, ct);
        TempData["Flash"] = "Activities.Sessions.Saved";
        return Redirect($"/activities/{id}/sessions");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (Activity.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session) return NotFound();
        await schedule.CancelAsync(Activity, session, time.GetUtcNow().UtcDateTime, ct);
        TempData["Flash"] = "Activities.Sessions.Cancelled";
        return Redirect($"/activities/{id}/sessions");
    }

    private SessionInput Input() => new()
    {
        StartsAt = ActivityFormPageModel.FromThai(StartsLocal), EndsAt = ActivityFormPageModel.FromThai(EndsLocal), Capacity = Capacity,
    };

    private bool Check(Dictionary<string, string[]> errors, int? sessionId)
    {
        EditingSessionId = sessionId;
        foreach (var (field, messages) in errors)
            foreach (var m in messages)
                ModelState.AddModelError(field switch { "startsAt" => nameof(StartsLocal), "endsAt" => nameof(EndsLocal), _ => nameof(Capacity) }, m);
        return errors.Count == 0;
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var activity = await ActivityQuery.FindAsync(db, id, true, ct);
        if (activity is null || !await access.CanViewAsync(User, activity, ct)) return NotFound();
        if (!await access.CanEditAsync(User, activity, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        Activity = activity;
        return null;
    }
}
