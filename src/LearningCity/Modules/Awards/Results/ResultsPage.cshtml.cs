using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Results;

/// <summary>/awards/cycles/{id}/results: the public results once published; before that, only when they will be announced. Admins publish a locked cycle here.</summary>
public sealed class ResultsPageModel(AppDbContext db, PublishedResults results, AwardPublication publication, JsonStringLocalizer l, TimeProvider time) : PageModel
{
    public AwardCycle Cycle { get; private set; } = null!;
    public CycleResults? Results { get; private set; }
    public AwardPhase Phase { get; private set; }
    public string? Error { get; private set; }

    public bool CanPublish => Privileges.IsAdmin(User) && Phase == AwardPhase.Locked;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (!Privileges.IsAdmin(User)) return Forbid();
        var outcome = await publication.PublishAsync(id, User, ct);
        if (outcome == PublishOutcome.NotFound) return NotFound();
        if (outcome == PublishOutcome.Published) return RedirectToPage(new { id });
        Error = l[outcome == PublishOutcome.NotLocked ? "Awards.Error.NotLocked" : "Awards.Error.AlreadyPublished"];
        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.AwardCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return false;
        Cycle = cycle;
        Phase = cycle.PhaseOn(ThaiTime.Today(time));
        Results = await results.ForAsync(id, ct);
        return true;
    }
}
