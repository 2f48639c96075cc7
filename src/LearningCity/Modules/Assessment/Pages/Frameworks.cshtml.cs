using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Frameworks;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

/// <summary>/assessment/frameworks: every version's tree; admins copy a version into a draft, edit its indicators, publish it.</summary>
public sealed class FrameworksModel(AppDbContext db, FrameworkEditing editing, JsonStringLocalizer l) : PageModel
{
    public List<IndicatorFramework> Versions { get; private set; } = [];
    public IndicatorFramework? Shown { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        var admin = Privileges.IsAdmin(User);
        Versions = await db.IndicatorFrameworks.AsNoTracking().Where(f => admin || f.Status == FrameworkStatus.Published).OrderByDescending(f => f.VersionNumber).ToListAsync(ct);
        var pick = id ?? Versions.FirstOrDefault(f => f.Status == FrameworkStatus.Published)?.Id ?? Versions.FirstOrDefault()?.Id;
        if (pick is null) return id is null;
        Shown = await FrameworksApi.VisibleAsync(db, pick.Value, User, ct, track: true);
        return Shown is not null;
    }

    public async Task<IActionResult> OnPostAsync(int id, string action, string? code, string? focusArea, string? nameTh, string? nameEn, string? guidanceTh,
        string? valueType, string? unit, string? direction, decimal? baseline, decimal? target, double? weight, bool required, bool evidenceRequired, string? platformSource, CancellationToken ct)
    {
        if (!Privileges.IsAdmin(User)) return Forbid();
        if (!await LoadAsync(id, ct) || Shown is null) return NotFound();
        SaveOutcome outcome;
        switch (action)
        {
            case "copy":
                var copy = await editing.CopyAsDraftAsync(Shown, User, ct);
                return Redirect($"/assessment/frameworks?id={copy.Id}");
            case "publish":
                outcome = await editing.PublishAsync(Shown, User, ct);
                break;
            case "delete-indicator":
                var gone = Shown.Indicators.FirstOrDefault(i => i.Code == code);
                if (gone is null) return NotFound();
                outcome = await editing.DeleteIndicatorAsync(Shown, gone, User, ct);
                break;
            default:
                var indicator = Shown.Indicators.FirstOrDefault(i => i.Code == code);
                var focus = Shown.Areas.SelectMany(a => a.FocusAreas).FirstOrDefault(f => indicator is null ? f.Code == focusArea : f.Id == indicator.FocusAreaId);
                if (focus is null) { Errors.Add(l["Assessment.Framework.FocusArea"]); outcome = SaveOutcome.Invalid; break; }
                var doc = new IndicatorDocument(code ?? "", nameTh ?? "", nameEn, guidanceTh, indicator?.Guidance.En, valueType ?? "", unit, direction, baseline, target, weight, required, evidenceRequired, platformSource);
                (outcome, var errors) = await editing.SaveIndicatorAsync(Shown, focus, indicator, doc, User, ct);
                Errors.AddRange(errors.Select(e => AssessmentProblems.Message(e, l)));
                break;
        }
        if (outcome == SaveOutcome.Saved) return Redirect($"/assessment/frameworks?id={id}");
        if (Errors.Count == 0) Errors.Add(l[outcome == SaveOutcome.Locked ? "Assessment.Error.Locked" : outcome == SaveOutcome.Invalid ? "Assessment.Import.NoIndicators" : "Assessment.Error.Conflict"]);
        Response.StatusCode = outcome == SaveOutcome.Invalid ? 400 : 409;
        return Page();
    }
}
