using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Pages;

/// <summary>/awards/cycles/{id}/edit: an admin changes a cycle and its criteria until the call opens; afterwards nothing changes.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditCycleModel(AppDbContext db, CycleEditing editing, JsonStringLocalizer l, TimeProvider time) : PageModel
{
    [BindProperty] public CycleInput Input { get; set; } = null!;
    public AwardCycle Cycle { get; private set; } = null!;
    public bool Editable { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];
    public IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();
    /// <summary>The criterion or category form whose posted values are shown again with their errors, e.g. "criterion-3", "category-new".</summary>
    public string? FormWithErrors { get; private set; }
    public string? Notice { get; private set; }
    public List<(int Id, string Name)> AssessmentCycles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = InputOf(Cycle);
        Notice = Request.Query["saved"] == "1" ? l["Awards.EditCycle.Saved"].Value : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        var (outcome, errors) = await editing.UpdateAsync(Cycle, Input with { Version = Input.Version ?? Cycle.Version }, User, ct);
        return Answer(id, outcome, errors);
    }

    public async Task<IActionResult> OnPostCriterionAsync(int id, int? criterionId, CriterionFields fields, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        var existing = Cycle.Criteria.FirstOrDefault(c => c.Id == criterionId);
        if (criterionId is not null && existing is null) return NotFound();
        var (outcome, errors) = await editing.SaveCriterionAsync(Cycle, criterionId, fields.ToInput(existing), User, ct);
        return Answer(id, outcome, errors, criterionId is null ? "criterion-new" : $"criterion-{criterionId}");
    }

    public async Task<IActionResult> OnPostCategoryAsync(int id, int? categoryId, CategoryFields fields, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        var existing = Cycle.Categories.FirstOrDefault(c => c.Id == categoryId);
        if (categoryId is not null && existing is null) return NotFound();
        var (outcome, errors) = await editing.SaveCategoryAsync(Cycle, categoryId, fields.ToInput(existing), User, ct);
        return Answer(id, outcome, errors, categoryId is null ? "category-new" : $"category-{categoryId}");
    }

    public async Task<IActionResult> OnPostRemoveCriterionAsync(int id, int criterionId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        var (outcome, errors) = await editing.RemoveCriterionAsync(Cycle, criterionId, User, ct);
        return outcome == EditOutcome.NotFound ? NotFound() : Answer(id, outcome, [.. errors.Select(e => e with { Field = "" })]);
    }

    public async Task<IActionResult> OnPostRemoveCategoryAsync(int id, int categoryId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true)) return NotFound();
        var (outcome, errors) = await editing.RemoveCategoryAsync(Cycle, categoryId, User, ct);
        return outcome == EditOutcome.NotFound ? NotFound() : Answer(id, outcome, [.. errors.Select(e => e with { Field = "" })]);
    }

    private static CycleInput InputOf(AwardCycle c) =>
        new(c.YearBe, c.Name.Th, c.Name.En, c.Description.Th, c.Description.En, c.CallOpens, c.CallCloses, c.JudgingEnds, c.AnnouncementOn,
            c.AssessmentCycleId, c.PastWinnerExclusionYears, c.BlindReview, c.HideOtherScoresUntilSubmitted, c.JudgesPerApplication, c.DisagreementThreshold, c.Version);

    private IActionResult Answer(int id, EditOutcome outcome, List<FieldError> errors, string? form = null)
    {
        if (outcome == EditOutcome.Saved) return Redirect($"/awards/cycles/{id}/edit?saved=1");
        if (form is not null)
        {
            FormWithErrors = form;
            Input = InputOf(Cycle);
        }
        foreach (var e in errors) Errors[e.Field] = l[e.Key, e.Arguments].Value;
        if (outcome != EditOutcome.Invalid) Errors[""] = l[outcome == EditOutcome.NotUpcoming ? "Awards.EditCycle.Closed" : "Awards.EditCycle.Conflict"];
        Response.StatusCode = outcome == EditOutcome.Invalid ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var query = db.AwardCycles.Include(c => c.Criteria).Include(c => c.Categories).AsSplitQuery();
        if (await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct) is not { } cycle) return false;
        Cycle = cycle;
        Editable = cycle.PhaseOn(ThaiTime.Today(time)) == AwardPhase.Upcoming;
        AssessmentCycles = (await db.AssessmentCycles.AsNoTracking().OrderByDescending(c => c.YearBe).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name.Current)).ToList();
        return true;
    }
}
