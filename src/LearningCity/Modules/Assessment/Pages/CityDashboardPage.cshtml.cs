using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Dashboards;
using LearningCity.Modules.Assessment.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

public sealed class CityDashboardPageModel(AppDbContext db, CityDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Cycle { get; set; }
    public List<AssessmentCycle> Cycles { get; private set; } = [];
    public AssessmentCycle? Current { get; private set; }
    public CityProfileScores? Scores { get; private set; }
    /// <summary>The city has no validated result in any cycle, so the page shows the newest cycle with results.</summary>
    public bool NoValidatedResult { get; private set; }

    public ChartView View(ChartTable chart, string title) => new(chart, title,
        $"/api/v1/assessments/cities/{Scores!.CityId}/dashboard?cycle={Current!.Id}&chart={chart.Key}", $"/assessment/cities/{Scores.CityId}?cycle={Current.Id}", true);

    public async Task<IActionResult> OnGetAsync(int cityId, CancellationToken ct)
    {
        if (!await db.Cities.AnyAsync(c => c.Id == cityId && c.Status == Cities.Data.CityStatus.Approved, ct)) return NotFound();
        Cycles = await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        (Current, NoValidatedResult) = await DashboardApi.CityCycleAsync(db, cityId, Cycle, ct);
        if (Cycle is not null && Current is null) return NotFound();
        if (Current is not null) Scores = await dashboard.ForAsync(cityId, Current, ct);
        return Page();
    }
}
