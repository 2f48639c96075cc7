using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Dashboards;
using LearningCity.Modules.Assessment.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

public sealed class InsightsPageModel(AppDbContext db, Insights insights) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Cycle { get; set; }
    public List<AssessmentCycle> Cycles { get; private set; } = [];
    public AssessmentCycle? Current { get; private set; }
    public CycleInsights? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Cycles = await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        Current = await DashboardApi.CycleAsync(db, Cycle, ct);
        if (Cycle is not null && Current is null) return NotFound();
        if (Current is not null) Result = await insights.ForCycleAsync(Current, ct);
        return Page();
    }
}
