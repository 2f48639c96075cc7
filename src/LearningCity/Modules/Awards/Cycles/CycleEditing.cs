using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Cycles;

public enum EditOutcome { Saved, Invalid, NotFound, NotUpcoming, Conflict }

/// <summary>
/// The secretariat sets up a cycle: created with the default criteria and categories, then changed freely until the
/// call opens. Once cities may apply, the rules they apply under no longer change.
/// </summary>
public sealed class CycleEditing(AppDbContext db, CityAssessmentResults assessments, AuditLog audit, TimeProvider time)
{
    public async Task<(AwardCycle? Cycle, List<FieldError> Errors)> CreateAsync(CycleInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = await CheckAsync(input, null, ct);
        if (errors.Count > 0) return (null, errors);
        var cycle = new AwardCycle { CreatedAt = time.GetUtcNow().UtcDateTime, Version = 1, Criteria = DefaultCriteria.Criteria(), Categories = DefaultCriteria.Categories() };
        Apply(cycle, input);
        db.AwardCycles.Add(cycle);
        audit.Record("awards.cycle.create", "AwardCycle", cycle.YearBe, null, Snapshot(cycle), user);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return (null, [new("yearBe", "Awards.Cycle.YearTaken")]); }
        return (cycle, []);
    }

    public async Task<(EditOutcome Outcome, List<FieldError> Errors)> UpdateAsync(AwardCycle cycle, CycleInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!IsUpcoming(cycle)) return (EditOutcome.NotUpcoming, []);
        if (input.Version is { } v && v != cycle.Version) return (EditOutcome.Conflict, []);
        var errors = await CheckAsync(input, cycle.Id, ct);
        if (errors.Count > 0) return (EditOutcome.Invalid, errors);
        var before = Snapshot(cycle);
        Apply(cycle, input);
        return (await SaveAsync(cycle, "awards.cycle.update", cycle.Id, before, Snapshot(cycle), user, ct), []);
    }

    public async Task<(EditOutcome Outcome, List<FieldError> Errors)> SaveCategoryAsync(AwardCycle cycle, int? categoryId, CategoryInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var category = categoryId is null ? new AwardCategory() : cycle.Categories.FirstOrDefault(c => c.Id == categoryId);
        if (category is null) return (EditOutcome.NotFound, []);
        if (!IsUpcoming(cycle)) return (EditOutcome.NotUpcoming, []);
        var errors = CycleChecks.Check(input);
        if (input.Code is { } code && cycle.Categories.Any(c => c != category && string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add(new("code", "Awards.Validation.CodeTaken"));
        if (errors.Count > 0) return (EditOutcome.Invalid, errors);
        var before = categoryId is null ? null : CategorySnapshot(category);
        category.Code = input.Code!.Trim();
        category.Name = new BilingualText(input.NameTh!.Trim(), CycleChecks.Trim(input.NameEn));
        category.Description = new BilingualText(input.DescriptionTh?.Trim() ?? "", CycleChecks.Trim(input.DescriptionEn));
        category.Kind = input.ParsedKind!.Value;
        category.LocalGovernmentTypes = category.Kind == CategoryKind.LocalGovernmentType ? [.. input.ParsedTypes.Select(t => t!.Value).Distinct()] : [];
        (category.MinPopulation, category.MaxPopulation) = category.Kind == CategoryKind.Size ? (input.MinPopulation, input.MaxPopulation) : (null, null);
        category.SortOrder = input.SortOrder ?? (categoryId is null ? cycle.Categories.Count : category.SortOrder);
        if (categoryId is null) cycle.Categories.Add(category);
        return (await SaveAsync(cycle, "awards.category.save", $"{cycle.Id}/{category.Code}", before, CategorySnapshot(category), user, ct), []);
    }

    public async Task<(EditOutcome Outcome, List<FieldError> Errors)> SaveCriterionAsync(AwardCycle cycle, int? criterionId, CriterionInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var criterion = criterionId is null ? new AwardCriterion() : cycle.Criteria.FirstOrDefault(c => c.Id == criterionId);
        if (criterion is null) return (EditOutcome.NotFound, []);
        if (!IsUpcoming(cycle)) return (EditOutcome.NotUpcoming, []);
        var errors = CycleChecks.Check(input);
        if (input.Code is { } code && cycle.Criteria.Any(c => c != criterion && string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add(new("code", "Awards.Validation.CodeTaken"));
        if (errors.Count > 0) return (EditOutcome.Invalid, errors);
        var before = criterionId is null ? null : CriterionSnapshot(criterion);
        criterion.Code = input.Code!.Trim();
        criterion.Name = new BilingualText(input.NameTh!.Trim(), CycleChecks.Trim(input.NameEn));
        criterion.Guidance = new BilingualText(input.GuidanceTh?.Trim() ?? "", CycleChecks.Trim(input.GuidanceEn));
        criterion.Weight = input.Weight!.Value;
        criterion.WordLimit = input.WordLimit!.Value;
        criterion.Rubric = input.Rubric!.OrderBy(r => r.Score).Select(r => new RubricLevel(r.Score, r.Th.Trim(), CycleChecks.Trim(r.En))).ToList();
        criterion.SortOrder = input.SortOrder ?? (criterionId is null ? cycle.Criteria.Count : criterion.SortOrder);
        if (criterionId is null) cycle.Criteria.Add(criterion);
        return (await SaveAsync(cycle, "awards.criterion.save", $"{cycle.Id}/{criterion.Code}", before, CriterionSnapshot(criterion), user, ct), []);
    }

    /// <summary>Removes a category before the call opens; a cycle keeps at least one, and one with applications stays.</summary>
    public async Task<(EditOutcome Outcome, List<FieldError> Errors)> RemoveCategoryAsync(AwardCycle cycle, int categoryId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (cycle.Categories.FirstOrDefault(c => c.Id == categoryId) is not { } category) return (EditOutcome.NotFound, []);
        if (!IsUpcoming(cycle)) return (EditOutcome.NotUpcoming, []);
        if (cycle.Categories.Count == 1) return (EditOutcome.Invalid, [new("categoryId", "Awards.Category.LastOne")]);
        if (await db.AwardApplications.AnyAsync(a => a.CategoryId == categoryId, ct)) return (EditOutcome.Invalid, [new("categoryId", "Awards.Category.InUse")]);
        cycle.Categories.Remove(category);
        db.Remove(category);
        return (await SaveAsync(cycle, "awards.category.remove", $"{cycle.Id}/{category.Code}", CategorySnapshot(category), null, user, ct), []);
    }

    /// <summary>Removes a criterion before the call opens; a cycle keeps at least one, and one already scored stays.</summary>
    public async Task<(EditOutcome Outcome, List<FieldError> Errors)> RemoveCriterionAsync(AwardCycle cycle, int criterionId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (cycle.Criteria.FirstOrDefault(c => c.Id == criterionId) is not { } criterion) return (EditOutcome.NotFound, []);
        if (!IsUpcoming(cycle)) return (EditOutcome.NotUpcoming, []);
        if (cycle.Criteria.Count == 1) return (EditOutcome.Invalid, [new("criterionId", "Awards.Criterion.LastOne")]);
        if (await db.JudgeScores.AnyAsync(s => s.CriterionId == criterionId, ct)) return (EditOutcome.Invalid, [new("criterionId", "Awards.Criterion.InUse")]);
        cycle.Criteria.Remove(criterion);
        db.Remove(criterion);
        return (await SaveAsync(cycle, "awards.criterion.remove", $"{cycle.Id}/{criterion.Code}", CriterionSnapshot(criterion), null, user, ct), []);
    }

    private bool IsUpcoming(AwardCycle cycle) => cycle.PhaseOn(ThaiTime.Today(time)) == AwardPhase.Upcoming;

    private async Task<List<FieldError>> CheckAsync(CycleInput input, int? cycleId, CancellationToken ct)
    {
        var errors = CycleChecks.Check(input);
        if (input.YearBe is { } year && await db.AwardCycles.AnyAsync(c => c.YearBe == year && c.Id != cycleId, ct)) errors.Add(new("yearBe", "Awards.Cycle.YearTaken"));
        if (input.AssessmentCycleId is { } a && !await assessments.CycleExistsAsync(a, ct)) errors.Add(new("assessmentCycleId", "Awards.Cycle.AssessmentCycle"));
        if (cycleId is null && input.CallOpens is { } opens && opens <= ThaiTime.Today(time)) errors.Add(new("callOpens", "Awards.Cycle.OpensInPast"));
        return errors;
    }

    private static void Apply(AwardCycle c, CycleInput i)
    {
        c.YearBe = i.YearBe!.Value;
        c.Name = new BilingualText(i.NameTh!.Trim(), CycleChecks.Trim(i.NameEn));
        c.Description = new BilingualText(i.DescriptionTh?.Trim() ?? "", CycleChecks.Trim(i.DescriptionEn));
        (c.CallOpens, c.CallCloses, c.JudgingEnds, c.AnnouncementOn) = (i.CallOpens!.Value, i.CallCloses!.Value, i.JudgingEnds!.Value, i.AnnouncementOn!.Value);
        c.AssessmentCycleId = i.AssessmentCycleId;
        c.PastWinnerExclusionYears = i.PastWinnerExclusionYears ?? c.PastWinnerExclusionYears;
        c.BlindReview = i.BlindReview ?? c.BlindReview;
        c.HideOtherScoresUntilSubmitted = i.HideOtherScoresUntilSubmitted ?? c.HideOtherScoresUntilSubmitted;
        c.JudgesPerApplication = i.JudgesPerApplication ?? c.JudgesPerApplication;
        c.DisagreementThreshold = i.DisagreementThreshold ?? c.DisagreementThreshold;
    }

    private async Task<EditOutcome> SaveAsync(AwardCycle cycle, string action, object id, object? before, object? after, ClaimsPrincipal user, CancellationToken ct)
    {
        cycle.Version++;
        audit.Record(action, "AwardCycle", id, before, after, user);
        try { await db.SaveChangesAsync(ct); return EditOutcome.Saved; }
        catch (DbUpdateException) { return EditOutcome.Conflict; }
    }

    private static object Snapshot(AwardCycle c) => new
    {
        c.YearBe, c.Name.Th, c.Name.En, c.CallOpens, c.CallCloses, c.JudgingEnds, c.AnnouncementOn, c.AssessmentCycleId,
        c.PastWinnerExclusionYears, c.BlindReview, c.HideOtherScoresUntilSubmitted, c.JudgesPerApplication, c.DisagreementThreshold,
    };

    private static object CategorySnapshot(AwardCategory c) => new { c.Code, c.Name.Th, c.Name.En, c.Kind, c.LocalGovernmentTypes, c.MinPopulation, c.MaxPopulation };

    private static object CriterionSnapshot(AwardCriterion c) => new { c.Code, c.Name.Th, c.Name.En, c.Weight, c.WordLimit, c.Rubric };
}
