using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Awards.Judging.Pages;

/// <summary>The panel's ranking per category, with shortlist, decisions and the lock.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class PanelModel(PanelView view, Decisions decisions, JsonStringLocalizer l) : PageModel
{
    public PanelDto Panel { get; private set; } = null!;
    public string? Error { get; private set; }
    public int? ErrorApplication { get; private set; }
    public string? Notice { get; private set; }

    public Task<IActionResult> OnGetAsync(int cycleId, string? done, CancellationToken ct)
    {
        Notice = done;
        return LoadAsync(cycleId, ct);
    }

    public async Task<IActionResult> OnPostShortlistAsync(int cycleId, int applicationId, bool shortlisted, CancellationToken ct) =>
        await AfterAsync(cycleId, applicationId, (await decisions.ShortlistAsync(cycleId, applicationId, shortlisted, User, ct)).Refusal, "shortlisted", ct);

    public async Task<IActionResult> OnPostDecideAsync(int cycleId, int applicationId, string? outcome, string? rationale, CancellationToken ct) =>
        await AfterAsync(cycleId, applicationId, (await decisions.DecideAsync(cycleId, applicationId, new DecisionRequest(outcome, rationale), User, ct)).Refusal, "decided", ct);

    public async Task<IActionResult> OnPostLockAsync(int cycleId, CancellationToken ct) =>
        await AfterAsync(cycleId, null, (await decisions.LockAsync(cycleId, User, ct)).Refusal, "locked", ct);

    private async Task<IActionResult> AfterAsync(int cycleId, int? applicationId, Refusal? refusal, string done, CancellationToken ct)
    {
        if (refusal is null) return Redirect($"/awards/cycles/{cycleId}/panel?done={done}" + (applicationId is { } id ? $"#application-{id}" : ""));
        (Error, ErrorApplication) = (refusal.Message(l), applicationId);
        return await LoadAsync(cycleId, ct);
    }

    private async Task<IActionResult> LoadAsync(int cycleId, CancellationToken ct)
    {
        if (await view.LoadAsync(cycleId, ct) is not { } panel) return NotFound();
        Panel = panel;
        return Page();
    }
}
