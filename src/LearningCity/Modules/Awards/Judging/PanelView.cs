using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record JudgeWeightedDto(Guid JudgeUserId, string Judge, bool Submitted, double? Weighted);

public sealed record PanelApplicationDto(int ApplicationId, int Rank, int CityId, string CityName, string ProvinceCode, int Assigned, int Submitted,
    IReadOnlyList<JudgeWeightedDto> Judges, double? Mean, double? Median, double? NormalisedZ, double? Normalised, double? Spread, bool Disagreement,
    bool Shortlisted, string Outcome, string? Rationale, DateTime? DecidedAt);

public sealed record PanelCategoryDto(int CategoryId, string Code, string Name, IReadOnlyList<PanelApplicationDto> Applications);

public sealed record PanelDto(int CycleId, string CycleName, string Phase, DateTime? LockedAt, double DisagreementThreshold, IReadOnlyList<PanelCategoryDto> Categories);

/// <summary>The secretariat's view of a cycle: per category, the submitted applications ranked by normalised score.</summary>
public sealed class PanelView(AppDbContext db, JudgingRules rules, JsonStringLocalizer l)
{
    public async Task<PanelDto?> LoadAsync(int cycleId, CancellationToken ct)
    {
        var cycle = await db.AwardCycles.AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return null;
        var applications = await (from a in db.AwardApplications.AsNoTracking()
                                  join c in db.Cities on a.CityId equals c.Id
                                  where a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted
                                  select new { a, CityName = c.Name.Th, c.ProvinceCode }).ToListAsync(ct);
        var assignments = await db.JudgeAssignments.AsNoTracking().Include(a => a.Scores).Where(a => a.CycleId == cycleId).ToListAsync(ct);
        var names = await db.AwardJudges.AsNoTracking().Where(j => j.CycleId == cycleId).ToDictionaryAsync(j => j.UserId, j => j.DisplayName, ct);

        var sheets = assignments.Where(a => a.SubmittedAt is not null)
            .Select(a => new JudgeSheet(a.JudgeUserId, a.ApplicationId, WeightedOf(cycle, a))).ToList();
        var figures = PanelMaths.Figures(sheets, applications.Select(a => a.a.Id), cycle.DisagreementThreshold);

        var categories = cycle.Categories.OrderBy(c => c.SortOrder).Select(category =>
        {
            var rows = applications.Where(a => a.a.CategoryId == category.Id)
                .OrderByDescending(a => figures[a.a.Id].NormalisedZ ?? double.NegativeInfinity).ThenByDescending(a => figures[a.a.Id].Mean ?? -1).ThenBy(a => a.a.Id)
                .Select((x, index) =>
                {
                    var f = figures[x.a.Id];
                    var mine = assignments.Where(a => a.ApplicationId == x.a.Id).OrderBy(a => a.Id).ToList();
                    var judges = mine.Select(a => new JudgeWeightedDto(a.JudgeUserId, names.GetValueOrDefault(a.JudgeUserId) ?? l[DeletedAccount.LabelKey].Value, a.SubmittedAt is not null,
                        a.SubmittedAt is null ? null : Round(WeightedOf(cycle, a)))).ToList();
                    return new PanelApplicationDto(x.a.Id, index + 1, x.a.CityId, x.CityName, x.ProvinceCode, mine.Count, judges.Count(j => j.Submitted), judges,
                        Round(f.Mean), Round(f.Median), f.NormalisedZ is { } z ? Math.Round(z, 3) : null, Round(f.Normalised), Round(f.Spread), f.Disagreement,
                        x.a.Shortlisted, x.a.Outcome.ToString(), x.a.Rationale, x.a.DecidedAt);
                }).ToList();
            return new PanelCategoryDto(category.Id, category.Code, category.Name.Current, rows);
        }).ToList();
        return new PanelDto(cycle.Id, cycle.Name.Current, rules.PhaseOf(cycle).ToString(), cycle.LockedAt, cycle.DisagreementThreshold, categories);
    }

    /// <summary>A sheet's weighted score over all of the cycle's criteria (a criterion left unscored counts as 0).</summary>
    public static double WeightedOf(AwardCycle cycle, JudgeAssignment assignment) =>
        PanelMaths.Weighted(cycle.Criteria.Select(c => new CriterionScore(
            assignment.Scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score ?? 0, c.MaxScore, c.Weight)).ToList());

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
