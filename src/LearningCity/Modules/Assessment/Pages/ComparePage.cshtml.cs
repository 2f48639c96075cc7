using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Dashboards;
using LearningCity.Modules.Assessment.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

public sealed class ComparePageModel(AppDbContext db, CityDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Cycle { get; set; }
    [BindProperty(SupportsGet = true)] public List<int> Pick { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Cities { get; set; }
    public List<AssessmentCycle> Cycles { get; private set; } = [];
    public AssessmentCycle? Current { get; private set; }
    public List<(int Id, string Name)> Assessed { get; private set; } = [];
    public List<int> Chosen { get; private set; } = [];
    public ChartTable? Table { get; private set; }
    public bool TooMany { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Cycles = await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        Current = await DashboardApi.CycleAsync(db, Cycle, ct);
        if (Current is null) return Page();
        Assessed = (await (from s in db.AssessmentScores join c in db.Cities on s.CityId equals c.Id
                           where s.CycleId == Current.Id && s.Level == ScoreLevel.Overall orderby c.Name.Th select new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name.Current)).ToList();
        Chosen = [.. Pick, .. DashboardApi.ParseIds(Cities) ?? []];
        Chosen = Chosen.Distinct().ToList();
        TooMany = Chosen.Count > 8;
        if (Chosen.Count > 0 && !TooMany) Table = await dashboard.CompareAsync(Current, Chosen, ct);
        return Page();
    }
}
