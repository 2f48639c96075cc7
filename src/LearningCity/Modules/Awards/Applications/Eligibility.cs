using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Applications;

/// <summary>Whether a city may apply to one category, and every rule it fails (as string keys, localized by the caller).</summary>
public sealed record CategoryEligibility(int CategoryId, string CategoryCode, bool Eligible, IReadOnlyList<string> Reasons);

/// <summary>
/// The rules of entry: an approved learning city, in a category that fits it, with a validated self-assessment when
/// the cycle asks for one, and not a winner in the cycle's exclusion window of previous years.
/// </summary>
public sealed class Eligibility(AppDbContext db, CityAssessmentResults assessments)
{
    public async Task<IReadOnlyList<CategoryEligibility>> ForCityAsync(AwardCycle cycle, int cityId, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cityId, ct);
        if (city is null) return [];
        var common = new List<string>();
        if (city.Status != CityStatus.Approved) common.Add("Awards.Eligibility.NotApproved");
        if (cycle.AssessmentCycleId is { } assessmentCycle && await assessments.ValidatedAsync(assessmentCycle, cityId, ct) is null)
            common.Add("Awards.Eligibility.NoValidatedAssessment");
        if (await WonRecentlyAsync(cycle, cityId, ct)) common.Add("Awards.Eligibility.RecentWinner");
        return cycle.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(category =>
        {
            var reasons = new List<string>(common);
            if (Fits(category, city) is { } misfit) reasons.Insert(0, misfit);
            return new CategoryEligibility(category.Id, category.Code, reasons.Count == 0, reasons);
        }).ToList();
    }

    public async Task<CategoryEligibility?> ForCategoryAsync(AwardCycle cycle, int categoryId, int cityId, CancellationToken ct) =>
        (await ForCityAsync(cycle, cityId, ct)).FirstOrDefault(e => e.CategoryId == categoryId);

    /// <summary>The key of the reason the category does not fit the city, or null when it does.</summary>
    public static string? Fits(AwardCategory category, City city) => category.Kind switch
    {
        CategoryKind.LocalGovernmentType when !category.LocalGovernmentTypes.Contains(city.LocalGovernmentType) => "Awards.Eligibility.WrongType",
        CategoryKind.Size when city.Population is null => "Awards.Eligibility.NoPopulation",
        CategoryKind.Size when city.Population < (category.MinPopulation ?? 0) || city.Population >= (category.MaxPopulation ?? int.MaxValue) => "Awards.Eligibility.WrongSize",
        _ => null,
    };

    private async Task<bool> WonRecentlyAsync(AwardCycle cycle, int cityId, CancellationToken ct)
    {
        if (cycle.PastWinnerExclusionYears <= 0) return false;
        var (first, last) = (cycle.YearBe - cycle.PastWinnerExclusionYears, cycle.YearBe - 1);
        return await (from a in db.AwardApplications
                      join c in db.AwardCycles on a.CycleId equals c.Id
                      where a.CityId == cityId && a.Outcome == AwardOutcome.Winner && c.PublishedAt != null && c.YearBe >= first && c.YearBe <= last
                      select a.Id).AnyAsync(ct);
    }
}
