using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Public;

/// <summary>A city's validated self-assessment in a cycle, as other modules (awards eligibility and facts) may read it.</summary>
public sealed record ValidatedAssessment(int CycleId, int CityId, double? OverallScore, DateTime? ReviewedAt);

public sealed class CityAssessmentResults(AppDbContext db)
{
    /// <summary>The validated assessment, or null when the city has none validated in that cycle.</summary>
    public Task<ValidatedAssessment?> ValidatedAsync(int assessmentCycleId, int cityId, CancellationToken ct = default) =>
        db.CityAssessments.AsNoTracking()
            .Where(a => a.CycleId == assessmentCycleId && a.CityId == cityId && a.Status == AssessmentStatus.Validated)
            .Select(a => new ValidatedAssessment(a.CycleId, a.CityId, a.OverallScore, a.ReviewedAt))
            .FirstOrDefaultAsync(ct);

    public Task<bool> CycleExistsAsync(int assessmentCycleId, CancellationToken ct = default) =>
        db.AssessmentCycles.AnyAsync(c => c.Id == assessmentCycleId, ct);
}
