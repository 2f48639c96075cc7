using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Applications;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Pages;

public sealed record CityChoice(int CityId, string City, AwardCategory Category, CategoryEligibility Eligibility, AwardApplication? Application);

/// <summary>/awards: the cycles with their phase and timeline; for a coordinator, their cities' applications and where they may apply.</summary>
public sealed class HubModel(AppDbContext db, CityAccess cities, Eligibility eligibility, ApplicationDrafts drafts, TimeProvider time, JsonStringLocalizer l) : PageModel
{
    public List<AwardCycle> Cycles { get; private set; } = [];
    public Dictionary<int, List<CityChoice>> Choices { get; } = [];
    public DateOnly Today { get; private set; }
    public List<string> Messages { get; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = ThaiTime.Today(time);
        Cycles = await db.AwardCycles.AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery().OrderByDescending(c => c.YearBe).ToListAsync(ct);
        if (!Privileges.Has(User, Roles.Coordinator)) return;
        var scoped = await cities.ScopedCityIdsAsync(User, ct);
        var names = await db.Cities.AsNoTracking().Where(c => scoped.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name.Current, ct);
        var applications = await db.AwardApplications.AsNoTracking().Where(a => scoped.Contains(a.CityId)).ToListAsync(ct);
        foreach (var cycle in Cycles.Where(c => c.PhaseOn(Today) != AwardPhase.Upcoming || applications.Any(a => a.CycleId == c.Id)))
        {
            var list = Choices[cycle.Id] = [];
            foreach (var (cityId, name) in names)
                foreach (var e in await eligibility.ForCityAsync(cycle, cityId, ct))
                    list.Add(new CityChoice(cityId, name, cycle.Categories.First(c => c.Id == e.CategoryId), e,
                        applications.FirstOrDefault(a => a.CycleId == cycle.Id && a.CategoryId == e.CategoryId && a.CityId == cityId)));
        }
    }

    public async Task<IActionResult> OnPostApplyAsync(int cycleId, int categoryId, int cityId, CancellationToken ct)
    {
        if (!await cities.CanEditAsync(User, cityId, ct)) return Forbid();
        if (await CyclesApi.LoadAsync(db, cycleId, ct) is not { } cycle) return NotFound();
        var (outcome, application, reasons) = await drafts.StartAsync(cycle, categoryId, cityId, User, ct);
        if (outcome == DraftOutcome.Saved) return Redirect($"/awards/applications/{application!.Id}");
        Messages.Add(outcome switch
        {
            DraftOutcome.NotEligible => l["Awards.Application.NotEligible"],
            DraftOutcome.Exists => l["Awards.Application.Exists"],
            _ => l["Awards.Application.NotOpen"],
        });
        Messages.AddRange(reasons.Select(r => l[r].Value));
        await LoadAsync(ct);
        Response.StatusCode = 409;
        return Page();
    }
}
