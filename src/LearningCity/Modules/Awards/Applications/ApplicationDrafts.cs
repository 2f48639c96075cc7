using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Applications;

public enum DraftOutcome { Saved, Invalid, NotOpen, Locked, PastDeadline, Conflict, NotEligible, Exists }

/// <summary>
/// A city's side of an application: start it while the call is open and the city is eligible, save the draft section
/// by section, submit by the end of the closing day (Thai time), or withdraw it until the cycle is locked.
/// </summary>
public sealed class ApplicationDrafts(AppDbContext db, Eligibility eligibility, ApplicationFacts facts, AuditLog audit, TimeProvider time)
{
    public const int MaxNarrativeChars = 60_000;
    public DateOnly ThaiToday => ThaiTime.Today(time);

    public async Task<(DraftOutcome Outcome, AwardApplication? Application, IReadOnlyList<string> Reasons)> StartAsync(AwardCycle cycle, int categoryId, int cityId,
        ClaimsPrincipal user, CancellationToken ct)
    {
        if (cycle.PhaseOn(ThaiToday) != AwardPhase.Open) return (DraftOutcome.NotOpen, null, []);
        var check = await eligibility.ForCategoryAsync(cycle, categoryId, cityId, ct);
        if (check is null) return (DraftOutcome.Invalid, null, []);
        if (!check.Eligible) return (DraftOutcome.NotEligible, null, check.Reasons);
        if (await db.AwardApplications.AnyAsync(a => a.CycleId == cycle.Id && a.CategoryId == categoryId && a.CityId == cityId, ct)) return (DraftOutcome.Exists, null, []);
        var now = time.GetUtcNow().UtcDateTime;
        var application = new AwardApplication
        {
            CycleId = cycle.Id, CategoryId = categoryId, CityId = cityId, Status = ApplicationStatus.Draft, CreatedBy = CityAccess.UserId(user) ?? Guid.Empty,
            CreatedAt = now, UpdatedAt = now, Version = 1, Facts = await facts.ComputeAsync(cycle, cityId, ct),
        };
        db.AwardApplications.Add(application);
        audit.Record("awards.application.start", "AwardApplication", $"{cycle.Id}/{categoryId}/{cityId}", null, new { cycle.YearBe, categoryId, cityId }, user);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return (DraftOutcome.Exists, null, []); }
        return (DraftOutcome.Saved, application, []);
    }

    public async Task<(DraftOutcome Outcome, List<FieldError> Errors)> SaveAsync(AwardApplication a, AwardCycle cycle, ApplicationInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (EditBlock(a, cycle) is { } blocked) return (blocked, []);
        if (input.Version is not { } version || version != a.Version) return (DraftOutcome.Conflict, []);
        var errors = Check(input, cycle);
        if (errors.Count > 0) return (DraftOutcome.Invalid, errors);
        var before = Snapshot(a);
        if (input.Narratives is { } narratives)
        {
            var kept = a.Narratives.Where(n => narratives.All(x => x.CriterionId != n.CriterionId));
            a.Narratives = [.. kept, .. narratives.Where(n => !string.IsNullOrWhiteSpace(n.Text)).Select(n => new CriterionNarrative(n.CriterionId, n.Text!.Trim()))];
        }
        if (input.Links is { } links)
            a.Evidence = [.. a.Evidence.Where(e => e.File is not null), .. links.Where(l => !string.IsNullOrWhiteSpace(l.Url)).Select(l => new AwardEvidence(l.CriterionId, null, null, l.Url!.Trim()))];
        if (input.MayorName is not null) a.MayorName = CleanName(input.MayorName);
        if (input.MayorTitle is not null) a.MayorTitle = CleanName(input.MayorTitle);
        if (input.ConsentToPublish is { } consent) a.ConsentToPublish = consent;
        return (await CommitAsync(a, "awards.application.save", before, user, ct), []);
    }

    public Task<DraftOutcome> AddEvidenceAsync(AwardApplication a, AwardCycle cycle, AwardEvidence file, ClaimsPrincipal user, CancellationToken ct)
    {
        if (EditBlock(a, cycle) is { } blocked) return Task.FromResult(blocked);
        var before = Snapshot(a);
        a.Evidence = [.. a.Evidence, file];
        return CommitAsync(a, "awards.application.evidence", before, user, ct);
    }

    public Task<DraftOutcome> EndorseAsync(AwardApplication a, AwardCycle cycle, string letter, string? mayorName, string? mayorTitle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (EditBlock(a, cycle) is { } blocked) return Task.FromResult(blocked);
        var before = Snapshot(a);
        a.EndorsementFile = letter;
        if (!string.IsNullOrWhiteSpace(mayorName)) a.MayorName = CleanName(mayorName);
        if (!string.IsNullOrWhiteSpace(mayorTitle)) a.MayorTitle = CleanName(mayorTitle);
        a.EndorsedAt = time.GetUtcNow().UtcDateTime;
        return CommitAsync(a, "awards.application.endorsement", before, user, ct);
    }

    public async Task<DraftOutcome> RefreshFactsAsync(AwardApplication a, AwardCycle cycle, ClaimsPrincipal user, CancellationToken ct)
    {
        if (EditBlock(a, cycle) is { } blocked) return blocked;
        var before = new { a.Facts };
        a.Facts = [.. a.Facts.Where(f => f.Source is null), .. await facts.ComputeAsync(cycle, a.CityId, ct)];
        return await CommitAsync(a, "awards.application.facts", before, user, ct);
    }

    /// <summary>What stops a submission, as (field, key) pairs in the order of the form.</summary>
    public static List<FieldError> Missing(AwardApplication a, AwardCycle cycle)
    {
        var missing = new List<FieldError>();
        var texts = a.Narratives.ToDictionary(n => n.CriterionId, n => n.Text);
        foreach (var c in cycle.Criteria.OrderBy(c => c.SortOrder).ThenBy(c => c.Id))
        {
            var words = WordCount.Of(texts.GetValueOrDefault(c.Id));
            if (words == 0) missing.Add(new($"narrative.{c.Code}", "Awards.Submit.NarrativeMissing", c.Name.Current));
            else if (words > c.WordLimit) missing.Add(new($"narrative.{c.Code}", "Awards.Submit.NarrativeTooLong", c.Name.Current, words, c.WordLimit));
        }
        if (string.IsNullOrWhiteSpace(a.MayorName) || string.IsNullOrWhiteSpace(a.MayorTitle) || a.EndorsementFile is null)
            missing.Add(new("endorsement", "Awards.Submit.EndorsementMissing"));
        if (!a.ConsentToPublish) missing.Add(new("consentToPublish", "Awards.Submit.ConsentMissing"));
        return missing;
    }

    public async Task<(DraftOutcome Outcome, List<FieldError> Missing)> SubmitAsync(AwardApplication a, AwardCycle cycle, uint? version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!a.IsEditable) return (DraftOutcome.Locked, []);
        if (ThaiToday > cycle.CallCloses || cycle.LockedAt is not null || cycle.PublishedAt is not null) return (DraftOutcome.PastDeadline, []);
        if (ThaiToday < cycle.CallOpens) return (DraftOutcome.NotOpen, []);
        if (version is { } v && v != a.Version) return (DraftOutcome.Conflict, []);
        var missing = Missing(a, cycle);
        if (missing.Count > 0) return (DraftOutcome.Invalid, missing);
        var before = new { a.Status };
        a.Status = ApplicationStatus.Submitted;
        a.SubmittedAt = time.GetUtcNow().UtcDateTime;
        return (await CommitAsync(a, "awards.application.submit", before, user, ct), []);
    }

    public async Task<DraftOutcome> WithdrawAsync(AwardApplication a, AwardCycle cycle, uint? version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (a.Status == ApplicationStatus.Withdrawn || cycle.PhaseOn(ThaiToday) is AwardPhase.Locked or AwardPhase.Published) return DraftOutcome.Locked;
        if (version is { } v && v != a.Version) return DraftOutcome.Conflict;
        var before = new { a.Status };
        a.Status = ApplicationStatus.Withdrawn;
        a.WithdrawnAt = time.GetUtcNow().UtcDateTime;
        return await CommitAsync(a, "awards.application.withdraw", before, user, ct);
    }

    private DraftOutcome? EditBlock(AwardApplication a, AwardCycle cycle) =>
        !a.IsEditable ? DraftOutcome.Locked
        : cycle.PhaseOn(ThaiToday) switch { AwardPhase.Open => null, AwardPhase.Upcoming => DraftOutcome.NotOpen, _ => DraftOutcome.PastDeadline };

    private static List<FieldError> Check(ApplicationInput input, AwardCycle cycle)
    {
        var errors = new List<FieldError>();
        foreach (var n in input.Narratives ?? [])
        {
            if (cycle.Criteria.FirstOrDefault(c => c.Id == n.CriterionId) is not { } c) errors.Add(new("narratives", "Awards.Application.NoSuchCriterion"));
            else if (n.Text?.Length > MaxNarrativeChars) errors.Add(new($"narrative.{c.Code}", "Awards.Validation.TooLong", MaxNarrativeChars));
        }
        foreach (var l in input.Links ?? [])
        {
            if (string.IsNullOrWhiteSpace(l.Url)) continue;
            if (!Uri.TryCreate(l.Url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || l.Url.Length > 1000)
                errors.Add(new("links", "Awards.Application.Link"));
            if (l.CriterionId is { } id && cycle.Criteria.All(c => c.Id != id)) errors.Add(new("links", "Awards.Application.NoSuchCriterion"));
        }
        if (input.Links?.Count > 50) errors.Add(new("links", "Awards.Application.TooManyLinks", 50));
        if (input.MayorName?.Trim().Length > 200) errors.Add(new("mayorName", "Awards.Validation.TooLong", 200));
        if (input.MayorTitle?.Trim().Length > 200) errors.Add(new("mayorTitle", "Awards.Validation.TooLong", 200));
        return errors;
    }

    private static string? CleanName(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<DraftOutcome> CommitAsync(AwardApplication a, string action, object before, ClaimsPrincipal user, CancellationToken ct)
    {
        a.Version++;
        a.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record(action, "AwardApplication", a.Id, before, Snapshot(a), user);
        try { await db.SaveChangesAsync(ct); return DraftOutcome.Saved; }
        catch (DbUpdateConcurrencyException) { return DraftOutcome.Conflict; }
    }

    private static object Snapshot(AwardApplication a) => new
    {
        a.Status, Narratives = a.Narratives.Select(n => new { n.CriterionId, Words = WordCount.Of(n.Text) }), a.Evidence, a.MayorName, a.MayorTitle,
        a.EndorsementFile, a.ConsentToPublish,
    };
}
