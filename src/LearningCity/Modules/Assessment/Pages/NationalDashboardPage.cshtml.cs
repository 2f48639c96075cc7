using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Dashboards;
using LearningCity.Modules.Assessment.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

public sealed class NationalDashboardPageModel(AppDbContext db, NationalDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Cycle { get; set; }
    public AssessmentCycle? Current { get; private set; }
    public List<AssessmentCycle> Cycles { get; private set; } = [];
    public NationalSummary? Summary { get; private set; }

    public ChartView View(ChartTable chart, string title) => new(chart, title,
        $"/api/v1/assessments/cycles/{Current!.Id}/dashboard/{chart.Key}?cycle={Current.Id}", $"/assessment/dashboard?cycle={Current.Id}", chart.Key == "provinces");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Cycles = await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        Current = await DashboardApi.CycleAsync(db, Cycle, ct);
        if (Cycle is not null && Current is null) return NotFound();
        if (Current is not null) Summary = await dashboard.ForCycleAsync(Current, ct);
        return Page();
    }
}
