using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Pages;

/// <summary>/awards/cycles/new: an admin opens a new award cycle; it starts with the default categories and criteria.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NewCycleModel(AppDbContext db, CycleEditing editing, JsonStringLocalizer l, TimeProvider time) : PageModel
{
    [BindProperty] public CycleInput Input { get; set; } = new(null, null, null, null, null, null, null, null, null, null, 3, false, true, 2, 25, null);
    public Dictionary<string, string> Errors { get; } = [];
    public List<(int Id, string Name)> AssessmentCycles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = ThaiTime.Today(time);
        Input = Input with
        {
            YearBe = today.Year + 544, CallOpens = today.AddDays(7), CallCloses = today.AddDays(67), JudgingEnds = today.AddDays(97), AnnouncementOn = today.AddDays(120),
        };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (cycle, errors) = await editing.CreateAsync(Input, User, ct);
        if (cycle is not null) return Redirect($"/awards/cycles/{cycle.Id}");
        foreach (var e in errors) Errors[e.Field] = l[e.Key, e.Arguments].Value;
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        AssessmentCycles = (await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name.Current)).ToList();
}

/// <summary>What the shared cycle fields show: the input, its errors and the assessment cycles to choose from.</summary>
public sealed record CycleForm(CycleInput Input, Dictionary<string, string> Errors, List<(int Id, string Name)> AssessmentCycles);
