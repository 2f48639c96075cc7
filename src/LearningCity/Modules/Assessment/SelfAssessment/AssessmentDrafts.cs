using LearningCity.Common.Localization;
using System.Security.Claims;
using System.Text.Json;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.SelfAssessment;

public enum SaveOutcome { Saved, Invalid, Locked, Conflict, PastDeadline }

/// <summary>A coordinator's side of the self-assessment: start (pre-filled), save values one by one, submit.</summary>
public sealed class AssessmentDrafts(AppDbContext db, PlatformFigures figures, AuditLog audit, TimeProvider time)
{
    public DateOnly ThaiToday => ThaiTime.Today(time);

    public Task<CityAssessment?> FindAsync(int cycleId, int cityId, CancellationToken ct) =>
        db.CityAssessments.Include(a => a.Values).FirstOrDefaultAsync(a => a.CycleId == cycleId && a.CityId == cityId, ct);

    /// <summary>The city's assessment in the cycle, created as a draft with the platform's figures offered pre-filled.</summary>
    public async Task<CityAssessment> StartAsync(AssessmentCycle cycle, IndicatorFramework framework, int cityId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await FindAsync(cycle.Id, cityId, ct) is { } existing) return existing;
        var computed = await figures.ForCityAsync(cityId, cycle.YearBe, ct);
        var assessment = new CityAssessment { CycleId = cycle.Id, CityId = cityId, UpdatedAt = time.GetUtcNow().UtcDateTime, Version = 1 };
        foreach (var indicator in framework.Indicators.Where(i => i.PlatformSource is not null))
            if (computed.GetValueOrDefault(indicator.PlatformSource!) is { } figure)
                assessment.Values.Add(new AssessmentValue { IndicatorId = indicator.Id, Prefilled = figure, PrefillSource = indicator.PlatformSource });
        db.CityAssessments.Add(assessment);
        audit.Record("assessment.start", "CityAssessment", $"{cycle.Id}/{cityId}", null, new { cycle.YearBe, cityId }, user);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Two first visits at once: the other one created it.
            db.ChangeTracker.Clear();
            return await FindAsync(cycle.Id, cityId, ct) ?? throw new InvalidOperationException("assessment vanished");
        }
        return assessment;
    }

    public async Task<(SaveOutcome Outcome, List<ValueError> Errors)> SaveValueAsync(CityAssessment assessment, Indicator indicator, ValueInput input,
        IReadOnlyList<EvidenceItem>? newFiles, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!assessment.IsEditable) return (SaveOutcome.Locked, []);
        var (number, text, errors) = ValueParsing.Parse(indicator, input);
        var value = assessment.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        var reason = string.IsNullOrWhiteSpace(input.OverrideReason) ? null : input.OverrideReason.Trim();
        if (value?.Prefilled is { } prefilled && number is { } typed && typed != prefilled && reason is null)
            errors.Add(new("overrideReason", "Assessment.Value.OverrideReason"));
        if (errors.Count > 0) return (SaveOutcome.Invalid, errors);

        var before = value is null ? null : Snapshot(value);
        if (value is null) assessment.Values.Add(value = new AssessmentValue { IndicatorId = indicator.Id });
        value.Number = number;
        value.Text = text;
        value.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        value.OverrideReason = value.Prefilled is { } p && number is { } n && n != p ? reason : null;
        if (input.Links is not null)
            value.Evidence = [.. value.Evidence.Where(e => e.File is not null), .. input.Links.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct().Select(l => new EvidenceItem(null, null, l.Trim()))];
        if (newFiles is not null) value.Evidence = [.. value.Evidence, .. newFiles];
        return await SaveAsync(assessment, "assessment.value", indicator.Code, before, Snapshot(value), user, ct);
    }

    public async Task<(SaveOutcome Outcome, List<ValueError> Errors)> RemoveFileAsync(CityAssessment assessment, Indicator indicator, string file, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!assessment.IsEditable) return (SaveOutcome.Locked, []);
        var value = assessment.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        if (value is null) return (SaveOutcome.Saved, []);
        var before = Snapshot(value);
        value.Evidence = value.Evidence.Where(e => e.File != file).ToList();
        return await SaveAsync(assessment, "assessment.evidence.remove", indicator.Code, before, Snapshot(value), user, ct);
    }

    /// <summary>What stops a submission: required values and required evidence that are missing (in framework order).</summary>
    public static List<(Indicator Indicator, string Key)> Missing(IndicatorFramework framework, CityAssessment assessment)
    {
        var values = assessment.Values.ToDictionary(v => v.IndicatorId);
        var missing = new List<(Indicator, string)>();
        foreach (var i in framework.Indicators)
        {
            var v = values.GetValueOrDefault(i.Id);
            if (i.Required && v?.HasValue != true) missing.Add((i, "Assessment.Missing.Value"));
            else if (i.EvidenceRequired && v is not null && v.HasValue && v.Evidence.Count == 0) missing.Add((i, "Assessment.Missing.Evidence"));
        }
        return missing;
    }

    public async Task<(SaveOutcome Outcome, List<(Indicator Indicator, string Key)> Missing)> SubmitAsync(AssessmentCycle cycle, IndicatorFramework framework,
        CityAssessment assessment, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!assessment.IsEditable) return (SaveOutcome.Locked, []);
        // A returned assessment may be resubmitted after the deadline: the reviewer asked for the fix.
        if (assessment.Status == AssessmentStatus.Draft && ThaiToday > cycle.Deadline) return (SaveOutcome.PastDeadline, []);
        var missing = Missing(framework, assessment);
        if (missing.Count > 0) return (SaveOutcome.Invalid, missing);
        var before = assessment.Status;
        assessment.Status = AssessmentStatus.Submitted;
        assessment.Revision++;
        assessment.SubmittedAt = time.GetUtcNow().UtcDateTime;
        AddRevision(db, assessment, null, user, time);
        var (outcome, _) = await SaveAsync(assessment, "assessment.submit", assessment.Revision, new { Status = before }, new { assessment.Status, assessment.Revision }, user, ct);
        return (outcome, []);
    }

    internal static void AddRevision(AppDbContext db, CityAssessment a, string? note, ClaimsPrincipal user, TimeProvider time) =>
        db.AssessmentRevisions.Add(new AssessmentRevision
        {
            CityAssessmentId = a.Id, Revision = a.Revision, Status = a.Status, Note = note, By = CityAccess.UserId(user), At = time.GetUtcNow().UtcDateTime,
            ValuesJson = JsonSerializer.Serialize(a.Values.OrderBy(v => v.IndicatorId).Select(Snapshot), JsonSerializerOptions.Web),
        });

    private async Task<(SaveOutcome, List<ValueError>)> SaveAsync(CityAssessment a, string action, object id, object? before, object? after, ClaimsPrincipal user, CancellationToken ct)
    {
        a.Version++;
        a.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(action, "CityAssessment", $"{a.Id}:{id}", before, after, user);
        try
        {
            await db.SaveChangesAsync(ct);
            return (SaveOutcome.Saved, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (SaveOutcome.Conflict, []);
        }
    }

    internal static object Snapshot(AssessmentValue v) =>
        new { v.IndicatorId, v.Number, v.Text, v.Comment, v.Prefilled, v.PrefillSource, v.OverrideReason, v.ReviewComment, Evidence = v.Evidence.ToList() };
}
