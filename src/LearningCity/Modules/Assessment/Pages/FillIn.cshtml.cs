using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Review;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Pages;

/// <summary>One page for a city's assessment: the coordinator fills it in (each indicator saves on its own), the reviewer returns or validates it.</summary>
[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class FillInModel(AppDbContext db, AssessmentDrafts drafts, AssessmentAccess access, AssessmentReview review, FileStore files, JsonStringLocalizer l) : PageModel
{
    public AssessmentCycle Cycle { get; private set; } = null!;
    public IndicatorFramework Framework { get; private set; } = null!;
    public CityAssessment Assessment { get; private set; } = null!;
    public string CityName { get; private set; } = "";
    public bool MayFill { get; private set; }
    public bool MayReview { get; private set; }
    public Dictionary<int, List<string>> Errors { get; } = [];
    public List<string> Messages { get; } = [];
    /// <summary>What stops a submission, each with the address of the field to fill (#ind-CODE-value or -file).</summary>
    public List<(string Text, string Anchor)> MissingItems { get; } = [];
    public int? SavedIndicator { get; private set; }
    public string? Notice { get; private set; }

    public AssessmentValue? ValueOf(Indicator i) => Assessment.Values.FirstOrDefault(v => v.IndicatorId == i.Id);

    private async Task<IActionResult?> LoadAsync(int cycleId, int cityId, CancellationToken ct)
    {
        if (await SelfAssessmentApi.LoadAsync(db, drafts, cycleId, cityId, ct) is not { } c) return NotFound();
        (Cycle, Framework) = (c.Cycle, c.Framework);
        MayFill = await access.CanFillInAsync(User, cityId, ct);
        var assessment = c.Assessment ?? (MayFill ? await drafts.StartAsync(c.Cycle, c.Framework, cityId, User, ct) : null);
        if (assessment is null) return NotFound();
        if (!await access.CanReadAsync(User, cityId, assessment.Status, ct)) return Forbid();
        Assessment = assessment;
        MayReview = AssessmentAccess.IsReviewer(User) && assessment.Status == AssessmentStatus.Submitted;
        CityName = (await db.Cities.AsNoTracking().Where(x => x.Id == cityId).Select(x => x.Name).FirstAsync(ct)).Current;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int cycleId, int cityId, string? done, CancellationToken ct)
    {
        Notice = done;
        return await LoadAsync(cycleId, cityId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostValueAsync(int cycleId, int cityId, string code, string? value, string? comment, string? overrideReason, string? links,
        IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(cycleId, cityId, ct) is { } stop) return stop;
        if (!MayFill) return Forbid();
        var indicator = Framework.Indicators.FirstOrDefault(i => i.Code == code);
        if (indicator is null) return NotFound();
        List<EvidenceItem>? added = null;
        if (file is { Length: > 0 })
        {
            if (await EvidenceUpload.SaveAsync(file, files, ct) is not { } saved) Errors[indicator.Id] = [l[EvidenceUpload.Error(file).Key]];
            else added = [saved];
        }
        if (!Errors.ContainsKey(indicator.Id))
        {
            var linkList = (links ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var (outcome, errors) = await drafts.SaveValueAsync(Assessment, indicator, new ValueInput(value, comment, overrideReason, linkList), added, User, ct);
            if (outcome == SaveOutcome.Invalid) Errors[indicator.Id] = errors.Select(e => l[e.Key, e.Arguments].Value).ToList();
            else if (outcome != SaveOutcome.Saved) Errors[indicator.Id] = [l[OutcomeKey(outcome)]];
            else SavedIndicator = indicator.Id;
        }
        if (Request.Headers.ContainsKey("HX-Request")) return Partial("_IndicatorForm", (this, indicator));
        if (Errors.Count > 0) { Response.StatusCode = 400; return Page(); }
        return Redirect($"/assessment/cycles/{cycleId}/cities/{cityId}#ind-{indicator.Code}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int cycleId, int cityId, CancellationToken ct)
    {
        if (await LoadAsync(cycleId, cityId, ct) is { } stop) return stop;
        if (!MayFill) return Forbid();
        var (outcome, missing) = await drafts.SubmitAsync(Cycle, Framework, Assessment, User, ct);
        if (outcome == SaveOutcome.Saved) return Redirect($"/assessment/cycles/{cycleId}/cities/{cityId}?done=submitted");
        if (outcome == SaveOutcome.Invalid)
            MissingItems.AddRange(missing.Select(m => (l[m.Key, $"{m.Indicator.Code} {m.Indicator.Name.Current}"].Value,
                $"#ind-{m.Indicator.Code}-{(m.Key == "Assessment.Missing.Evidence" ? "file" : "value")}")));
        else Messages.Add(l[OutcomeKey(outcome)]);
        Response.StatusCode = outcome == SaveOutcome.Invalid ? 400 : 409;
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(int cycleId, int cityId, string decision, string? note, CancellationToken ct)
    {
        if (await LoadAsync(cycleId, cityId, ct) is { } stop) return stop;
        if (!AssessmentAccess.IsReviewer(User)) return Forbid();
        var comments = Framework.Indicators.Select(i => (i.Id, Text: (string?)Request.Form[$"review-{i.Code}"]))
            .Where(x => !string.IsNullOrWhiteSpace(x.Text)).ToDictionary(x => x.Id, x => x.Text!);
        var outcome = decision == "validate" ? await review.ValidateAsync(Assessment, note, User, ct) : await review.ReturnAsync(Assessment, note, comments, User, ct);
        if (outcome == SaveOutcome.Saved) return Redirect($"/assessment/cycles/{cycleId}/cities/{cityId}?done={(decision == "validate" ? "validated" : "returned")}");
        Messages.Add(outcome == SaveOutcome.Invalid ? l["Assessment.Review.CommentNeeded"] : l[OutcomeKey(outcome)]);
        Response.StatusCode = outcome == SaveOutcome.Invalid ? 400 : 409;
        return Page();
    }

    private static string OutcomeKey(SaveOutcome o) => o switch
    {
        SaveOutcome.Locked => "Assessment.Error.Locked",
        SaveOutcome.PastDeadline => "Assessment.Error.PastDeadline",
        _ => "Assessment.Error.Conflict",
    };
}
