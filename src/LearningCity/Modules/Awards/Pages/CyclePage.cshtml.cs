using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Awards.Pages;

/// <summary>/awards/cycles/{id}: the timeline, the categories and the criteria with their rubrics, for everyone.</summary>
public sealed class CyclePageModel(AppDbContext db, TimeProvider time) : PageModel
{
    public AwardCycle Cycle { get; private set; } = null!;
    public AwardPhase Phase { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await CyclesApi.LoadAsync(db, id, ct) is not { } cycle) return NotFound();
        (Cycle, Phase) = (cycle, cycle.PhaseOn(ThaiTime.Today(time)));
        return Page();
    }
}
