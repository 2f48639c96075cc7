using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Awards.Judging.Pages;

/// <summary>A judge's page for one assigned application: read it, score each criterion, submit, or declare a conflict.</summary>
[Authorize(Policy = Policies.Judge)]
public sealed class JudgeApplicationModel(JudgeReading reading, Scoring scoring, ConflictRecords conflicts, JsonStringLocalizer l, AppDbContext db) : PageModel
{
    public JudgeApplicationDto Application { get; private set; } = null!;
    public string? Error { get; private set; }
    public int? ErrorCriterion { get; private set; }
    public string? Notice { get; private set; }
    /// <summary>The period the platform's Booster figures count, shown beside them.</summary>
    public (DateOnly From, DateOnly To)? FactsPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync(int assignmentId, string? done, CancellationToken ct)
    {
        Notice = done;
        return await LoadAsync(assignmentId, ct);
    }

    public async Task<IActionResult> OnPostScoreAsync(int assignmentId, int criterionId, int? score, string? comment, uint version, CancellationToken ct)
    {
        var outcome = await scoring.SaveAsync(assignmentId, criterionId, new ScoreRequest(score ?? 0, comment, version), User, ct);
        if (outcome.Refusal is { Status: 404 }) return NotFound();
        if (outcome.Refusal is { } refusal) (Error, ErrorCriterion) = (refusal.Message(l), criterionId);
        else return Redirect($"/awards/judging/{assignmentId}?done=saved#criterion-{criterionId}");
        return await LoadAsync(assignmentId, ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int assignmentId, CancellationToken ct)
    {
        var outcome = await scoring.SubmitAsync(assignmentId, User, ct);
        if (outcome.Refusal is { Status: 404 }) return NotFound();
        if (outcome.Refusal is { } refusal) Error = refusal.Message(l);
        else return Redirect($"/awards/judging/{assignmentId}?done=submitted");
        return await LoadAsync(assignmentId, ct);
    }

    public async Task<IActionResult> OnPostConflictAsync(int assignmentId, string? reason, CancellationToken ct)
    {
        var outcome = await conflicts.DeclareAsync(assignmentId, reason, User, ct);
        if (outcome.Refusal is { Status: 404 }) return NotFound();
        if (outcome.Refusal is { } refusal) Error = refusal.Message(l);
        else return Redirect("/awards/judging");
        return await LoadAsync(assignmentId, ct);
    }

    private async Task<IActionResult> LoadAsync(int assignmentId, CancellationToken ct)
    {
        if (await reading.ReadAsync(assignmentId, User, ct) is not { } dto) return NotFound();
        Application = dto;
        var yearBe = await db.AwardCycles.AsNoTracking().Where(c => c.Id == dto.CycleId).Select(c => c.YearBe).FirstAsync(ct);
        FactsPeriod = ApplicationFacts.TryBoosterPeriod(yearBe);
        return Page();
    }
}
