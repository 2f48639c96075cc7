using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Public;

/// <summary>A city's validated self-assessment in a cycle, as other modules (awards eligibility and facts) may read it.</summary>
public sealed record ValidatedAssessment(int CycleId, int CityId, double? OverallScore, DateTime? ReviewedAt);

/// <summary>A validated self-assessment as the home page lists it: the cycle and the city's overall score.</summary>
public sealed record PublishedAssessment(int CycleId, int YearBe, BilingualText Cycle, int CityId, double? OverallScore, DateTime? ReviewedAt)
{
    public string Url => $"/assessment/cities/{CityId}";
}

/// <summary>The newest cycle in which a city's self-assessment was validated, for its page and its dashboard.</summary>
public sealed record LatestValidatedAssessment(int CycleId, int YearBe, BilingualText CycleName, double? OverallScore)
{
    public string DashboardUrl(int cityId) => $"/assessment/cities/{cityId}?cycle={CycleId}";
}

public sealed class CityAssessmentResults(AppDbContext db)
{
    /// <summary>The most recently validated self-assessments, newest cycle first.</summary>
    public async Task<IReadOnlyList<PublishedAssessment>> RecentlyValidatedAsync(int max, CancellationToken ct = default) =>
        await (from a in db.CityAssessments.AsNoTracking()
               join c in db.AssessmentCycles on a.CycleId equals c.Id
               where a.Status == AssessmentStatus.Validated
               orderby c.YearBe descending, a.ReviewedAt descending, a.Id descending
               select new PublishedAssessment(c.Id, c.YearBe, c.Name, a.CityId, a.OverallScore, a.ReviewedAt)).Take(max).ToListAsync(ct);

    /// <summary>The newest (by year) cycle with a validated assessment of the city, or null when it has none.</summary>
    public Task<LatestValidatedAssessment?> LatestValidatedAsync(int cityId, CancellationToken ct = default) =>
        (from a in db.CityAssessments.AsNoTracking()
         join y in db.AssessmentCycles.AsNoTracking() on a.CycleId equals y.Id
         where a.CityId == cityId && a.Status == AssessmentStatus.Validated
         orderby y.YearBe descending, y.Id descending
         select new LatestValidatedAssessment(y.Id, y.YearBe, y.Name, a.OverallScore)).FirstOrDefaultAsync(ct);

    /// <summary>The validated assessment, or null when the city has none validated in that cycle.</summary>
    public Task<ValidatedAssessment?> ValidatedAsync(int assessmentCycleId, int cityId, CancellationToken ct = default) =>
        db.CityAssessments.AsNoTracking()
            .Where(a => a.CycleId == assessmentCycleId && a.CityId == cityId && a.Status == AssessmentStatus.Validated)
            .Select(a => new ValidatedAssessment(a.CycleId, a.CityId, a.OverallScore, a.ReviewedAt))
            .FirstOrDefaultAsync(ct);

    public Task<bool> CycleExistsAsync(int assessmentCycleId, CancellationToken ct = default) =>
        db.AssessmentCycles.AnyAsync(c => c.Id == assessmentCycleId, ct);
}
