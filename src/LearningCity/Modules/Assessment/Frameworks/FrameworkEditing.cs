using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Frameworks;

/// <summary>Admins shape a draft version and publish it; a published version is never changed again.</summary>
public sealed class FrameworkEditing(AppDbContext db, AuditLog audit, TimeProvider time)
{
    private async Task<int> NextVersionAsync(CancellationToken ct) => (await db.IndicatorFrameworks.MaxAsync(f => (int?)f.VersionNumber, ct) ?? 0) + 1;

    public async Task<(IndicatorFramework? Framework, List<string> Errors)> ImportAsync(FrameworkDocument document, ClaimsPrincipal user, CancellationToken ct)
    {
        var (framework, errors) = document.ToDraft(await NextVersionAsync(ct), time.GetUtcNow().UtcDateTime);
        if (framework is null) return (null, errors);
        db.IndicatorFrameworks.Add(framework);
        audit.Record("framework.import", "IndicatorFramework", framework.VersionNumber, null, new { framework.VersionNumber, Indicators = framework.Indicators.Count() }, user);
        await db.SaveChangesAsync(ct);
        return (framework, []);
    }

    public async Task<IndicatorFramework> CopyAsDraftAsync(IndicatorFramework source, ClaimsPrincipal user, CancellationToken ct)
    {
        var document = FrameworkDocument.Of(source) with { NameTh = source.Name.Th };
        var (copy, _) = document.ToDraft(await NextVersionAsync(ct), time.GetUtcNow().UtcDateTime);
        db.IndicatorFrameworks.Add(copy!);
        audit.Record("framework.draft", "IndicatorFramework", copy!.VersionNumber, null, new { From = source.VersionNumber }, user);
        await db.SaveChangesAsync(ct);
        return copy;
    }

    public async Task<SaveOutcome> PublishAsync(IndicatorFramework draft, ClaimsPrincipal user, CancellationToken ct)
    {
        if (draft.Status != FrameworkStatus.Draft) return SaveOutcome.Locked;
        if (!draft.Indicators.Any()) return SaveOutcome.Invalid;
        draft.Status = FrameworkStatus.Published;
        draft.PublishedAt = time.GetUtcNow().UtcDateTime;
        return await SaveAsync(draft, "framework.publish", null, new { draft.VersionNumber }, user, ct);
    }

    /// <summary>Replaces one indicator of a draft (or adds it to focusArea when indicator is null).</summary>
    public async Task<(SaveOutcome Outcome, List<string> Errors)> SaveIndicatorAsync(IndicatorFramework draft, FocusArea focusArea, Indicator? indicator,
        IndicatorDocument input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (draft.Status != FrameworkStatus.Draft) return (SaveOutcome.Locked, []);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Code) || input.Code.Trim().Length > 20) errors.Add("Assessment.Import.Code");
        else if (draft.Areas.Select(a => a.Code).Concat(draft.Areas.SelectMany(a => a.FocusAreas).Select(f => f.Code))
                 .Concat(draft.Indicators.Where(i => i != indicator).Select(i => i.Code)).Contains(input.Code.Trim(), StringComparer.OrdinalIgnoreCase))
            errors.Add($"Assessment.Import.Duplicate|{input.Code}");
        if (string.IsNullOrWhiteSpace(input.NameTh)) errors.Add($"Assessment.Import.NameOf|{input.Code}");
        var built = errors.Count == 0 ? input.ToIndicator(indicator?.SortOrder ?? focusArea.Indicators.Count + 1, errors) : null;
        if (built is null) return (SaveOutcome.Invalid, errors);
        var before = indicator is null ? null : IndicatorDocument.Of(indicator);
        if (indicator is null) focusArea.Indicators.Add(indicator = built);
        else db.Entry(indicator).CurrentValues.SetValues(new
        {
            built.Code, built.ValueType, built.Unit, built.Direction, built.Baseline, built.Target, built.Weight, built.Required, built.EvidenceRequired, built.PlatformSource,
        });
        indicator.Name = built.Name;
        indicator.Guidance = built.Guidance;
        return (await SaveAsync(draft, "framework.indicator", before, IndicatorDocument.Of(indicator), user, ct), []);
    }

    public async Task<SaveOutcome> DeleteIndicatorAsync(IndicatorFramework draft, Indicator indicator, ClaimsPrincipal user, CancellationToken ct)
    {
        if (draft.Status != FrameworkStatus.Draft) return SaveOutcome.Locked;
        db.Indicators.Remove(indicator);
        return await SaveAsync(draft, "framework.indicator.delete", IndicatorDocument.Of(indicator), null, user, ct);
    }

    public async Task<SaveOutcome> DeleteDraftAsync(IndicatorFramework draft, ClaimsPrincipal user, CancellationToken ct)
    {
        if (draft.Status != FrameworkStatus.Draft) return SaveOutcome.Locked;
        db.IndicatorFrameworks.Remove(draft);
        return await SaveAsync(draft, "framework.delete", new { draft.VersionNumber }, null, user, ct);
    }

    private async Task<SaveOutcome> SaveAsync(IndicatorFramework f, string action, object? before, object? after, ClaimsPrincipal user, CancellationToken ct)
    {
        if (db.Entry(f).State != EntityState.Deleted) f.Version++;
        audit.Record(action, "IndicatorFramework", f.VersionNumber, before, after, user);
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
    }
}
