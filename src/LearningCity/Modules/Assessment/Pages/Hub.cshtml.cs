using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Cycles;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.SelfAssessment;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

public sealed record HubRow(int CycleId, int CityId, string City, int YearBe, AssessmentStatus? Status, DateTime? SubmittedAt);

/// <summary>/assessment: the cycles, the signed-in person's work (their cities' assessments, the review queue), and for admins opening a cycle.</summary>
public sealed class HubModel(AppDbContext db, CityAccess cities, CycleOpening opening, JsonStringLocalizer l) : PageModel
{
    public List<AssessmentCycle> Cycles { get; private set; } = [];
    public List<HubRow> Mine { get; private set; } = [];
    public List<HubRow> Queue { get; private set; } = [];
    public List<IndicatorFramework> Frameworks { get; private set; } = [];
    [BindProperty] public CycleInput Input { get; set; } = new(null, null, null, null, null);
    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Cycles = await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        var admin = Privileges.IsAdmin(User);
        Frameworks = await db.IndicatorFrameworks.AsNoTracking().Where(f => f.Status == FrameworkStatus.Published || admin)
            .OrderByDescending(f => f.VersionNumber).ToListAsync(ct);
        var scoped = await cities.ScopedCityIdsAsync(User, ct);
        if (scoped.Count > 0 && Privileges.Has(User, Roles.Coordinator))
        {
            var names = await db.Cities.AsNoTracking().Where(c => scoped.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name.Current, ct);
            var existing = await db.CityAssessments.AsNoTracking().Where(a => scoped.Contains(a.CityId)).ToListAsync(ct);
            Mine = (from y in Cycles from id in scoped where names.ContainsKey(id)
                    let a = existing.FirstOrDefault(x => x.CycleId == y.Id && x.CityId == id)
                    select new HubRow(y.Id, id, names[id], y.YearBe, a?.Status, a?.SubmittedAt)).ToList();
        }
        if (AssessmentAccess.IsReviewer(User))
            Queue = (await (from a in db.CityAssessments.AsNoTracking() join c in db.Cities on a.CityId equals c.Id join y in db.AssessmentCycles on a.CycleId equals y.Id
                            where a.Status == AssessmentStatus.Submitted orderby a.SubmittedAt select new { a.CycleId, a.CityId, c.Name, y.YearBe, a.SubmittedAt }).ToListAsync(ct))
                .Select(x => new HubRow(x.CycleId, x.CityId, x.Name.Current, x.YearBe, AssessmentStatus.Submitted, x.SubmittedAt)).ToList();
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        if (!Privileges.IsAdmin(User)) return Forbid();
        var (cycle, errors) = await opening.OpenAsync(Input, User, ct);
        if (cycle is not null) return Redirect("/assessment");
        foreach (var e in errors) Errors[e.Field] = l[e.Key, 300];
        await LoadAsync(ct);
        Response.StatusCode = 400;
        return Page();
    }
}
