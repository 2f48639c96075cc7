using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Applications;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Pages;

/// <summary>/awards/applications/{id}: the city's application form; every section posts on its own and works without JavaScript.</summary>
[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class ApplicationPageModel(AppDbContext db, CityAccess access, ApplicationDrafts drafts, FileStore files, TimeProvider time, JsonStringLocalizer l) : PageModel
{
    public AwardApplication Application { get; private set; } = null!;
    public AwardCycle Cycle { get; private set; } = null!;
    public ApplicationDto View { get; private set; } = null!;
    public List<string> Messages { get; } = [];
    public string? Notice { get; private set; }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.AwardApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return NotFound();
        if (!await access.CanEditAsync(User, a.CityId, ct)) return Forbid();
        Application = a;
        Cycle = (await CyclesApi.LoadAsync(db, a.CycleId, ct))!;
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        View = await ApplicationsApi.DtoAsync(db, Application, Cycle, ThaiTime.Today(time), User, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        Notice = done;
        return await LoadAsync(id, ct) ?? await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, uint version, bool consentToPublish, string? links, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var narratives = Cycle.Criteria.Select(c => new NarrativeInput(c.Id, Request.Form[$"narrative-{c.Id}"].ToString())).ToList();
        var linkList = (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new LinkInput(null, u)).ToList();
        var (outcome, errors) = await drafts.SaveAsync(Application, Cycle, new ApplicationInput(version, narratives, linkList, null, null, consentToPublish), User, ct);
        if (outcome == DraftOutcome.Invalid) Messages.AddRange(errors.Select(e => l[e.Key, e.Arguments].Value));
        return await AfterAsync(id, outcome, "saved", ct);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int id, IFormFile? file, int? criterionId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var (name, original, error) = await AwardFiles.SaveEvidenceAsync(file, files, ct);
        if (error is not null) { Messages.Add(l[error]); return await AfterAsync(id, DraftOutcome.Invalid, "", ct); }
        var criterion = Cycle.Criteria.Any(c => c.Id == criterionId) ? criterionId : null;
        return await AfterAsync(id, await drafts.AddEvidenceAsync(Application, Cycle, new AwardEvidence(criterion, name, original, null), User, ct), "evidence", ct);
    }

    public async Task<IActionResult> OnPostEndorseAsync(int id, IFormFile? letter, string? mayorName, string? mayorTitle, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var (name, _, error) = await AwardFiles.SaveLetterAsync(letter, files, ct);
        if (error is not null) { Messages.Add(l[error]); return await AfterAsync(id, DraftOutcome.Invalid, "", ct); }
        return await AfterAsync(id, await drafts.EndorseAsync(Application, Cycle, name!, mayorName, mayorTitle, User, ct), "endorsed", ct);
    }

    public async Task<IActionResult> OnPostRefreshAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? await AfterAsync(id, await drafts.RefreshFactsAsync(Application, Cycle, User, ct), "refreshed", ct);

    public async Task<IActionResult> OnPostSubmitAsync(int id, uint version, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var (outcome, missing) = await drafts.SubmitAsync(Application, Cycle, version, User, ct);
        if (outcome == DraftOutcome.Invalid) Messages.AddRange([l["Awards.Submit.Missing"], .. missing.Select(e => l[e.Key, e.Arguments].Value)]);
        return await AfterAsync(id, outcome, "submitted", ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, uint version, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? await AfterAsync(id, await drafts.WithdrawAsync(Application, Cycle, version, User, ct), "withdrawn", ct);

    private async Task<IActionResult> AfterAsync(int id, DraftOutcome outcome, string done, CancellationToken ct)
    {
        if (outcome == DraftOutcome.Saved) return Redirect($"/awards/applications/{id}?done={done}");
        if (outcome != DraftOutcome.Invalid) Messages.Add(l[outcome switch
        {
            DraftOutcome.Locked => "Awards.Application.Locked",
            DraftOutcome.PastDeadline => "Awards.Application.PastDeadline",
            DraftOutcome.NotOpen => "Awards.Application.NotOpen",
            _ => "Awards.Error.Conflict",
        }]);
        if (outcome == DraftOutcome.Conflict) db.ChangeTracker.Clear();
        if (outcome == DraftOutcome.Conflict && await LoadAsync(id, ct) is { } stop) return stop;
        Response.StatusCode = outcome == DraftOutcome.Invalid ? 400 : 409;
        return await ShowAsync(ct);
    }
}
