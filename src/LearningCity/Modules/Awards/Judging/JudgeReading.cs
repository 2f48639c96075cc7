using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>
/// What a judge reads: their assignments, and one application with the rubric, their scores and, when the cycle allows
/// it, the other judges' scores (anonymised as Judge A, B …; hidden until the judge submitted when the cycle says so).
/// </summary>
public sealed class JudgeReading(AppDbContext db, Scoring scoring, JudgingRules rules, JsonStringLocalizer l)
{
    public async Task<List<MyAssignmentDto>> MineAsync(ClaimsPrincipal judge, CancellationToken ct)
    {
        var userId = CityAccess.UserId(judge);
        var rows = await (from a in db.JudgeAssignments.AsNoTracking()
                          join app in db.AwardApplications on a.ApplicationId equals app.Id
                          join y in db.AwardCycles on a.CycleId equals y.Id
                          join cat in db.AwardCategories on app.CategoryId equals cat.Id
                          join c in db.Cities on app.CityId equals c.Id
                          where a.JudgeUserId == userId
                          orderby a.SubmittedAt != null, a.CycleId descending, a.ApplicationId
                          select new { a.Id, a.ApplicationId, a.CycleId, y.Name, y.BlindReview, cat = cat.Name, City = c.Name.Th, Scored = a.Scores.Count, a.SubmittedAt,
                              Criteria = db.AwardCriteria.Count(k => k.CycleId == a.CycleId) }).ToListAsync(ct);
        return rows.Select(r => new MyAssignmentDto(r.Id, r.ApplicationId, r.CycleId, r.Name.Current, JudgeLabels.Application(r.ApplicationId, l),
            r.BlindReview ? null : r.City, r.cat.Current, r.Scored, r.Criteria, r.SubmittedAt)).ToList();
    }

    public async Task<JudgeApplicationDto?> ReadAsync(int assignmentId, ClaimsPrincipal judge, CancellationToken ct)
    {
        if (await scoring.FindAsync(assignmentId, judge, ct) is not { } found) return null;
        var (assignment, cycle) = found;
        var application = await db.AwardApplications.AsNoTracking().FirstAsync(a => a.Id == assignment.ApplicationId, ct);
        var category = await db.AwardCategories.AsNoTracking().FirstAsync(c => c.Id == application.CategoryId, ct);
        var city = cycle.BlindReview ? null : await db.Cities.AsNoTracking().Where(c => c.Id == application.CityId).Select(c => new { c.Name, c.ProvinceCode }).FirstAsync(ct);
        var phase = rules.PhaseOf(cycle);
        var mask = cycle.BlindReview ? await MaskAsync(application.CityId, ct) : null;
        string? Blind(string? text) => mask is null ? text : mask.Apply(text);

        var criteria = cycle.Criteria.OrderBy(c => c.SortOrder).Select(c => new CriterionDto(c.Id, c.Code, c.Name.Current, c.Guidance.Current, c.Weight, c.MaxScore,
            JudgeLabels.Rubric(c), Blind(application.Narratives.FirstOrDefault(n => n.CriterionId == c.Id)?.Text),
            assignment.Scores.FirstOrDefault(s => s.CriterionId == c.Id) is { } s ? ToDto(s) : null)).ToList();

        var othersHidden = cycle.HideOtherScoresUntilSubmitted && assignment.SubmittedAt is null;
        var others = new List<OtherJudgeDto>();
        if (!othersHidden)
        {
            var all = await db.JudgeAssignments.AsNoTracking().Include(a => a.Scores).Where(a => a.ApplicationId == application.Id).OrderBy(a => a.Id).ToListAsync(ct);
            others = all.Select((a, index) => (a, index)).Where(x => x.a.Id != assignment.Id)
                .Select(x => new OtherJudgeDto(JudgeLabels.Judge(x.index, l), x.a.SubmittedAt is not null,
                    x.a.SubmittedAt is null ? null : Math.Round(PanelView.WeightedOf(cycle, x.a), 2),
                    x.a.Scores.OrderBy(s => s.CriterionId).Select(ToDto).ToList())).ToList();
        }
        var evidence = application.Evidence.Select(e => new EvidenceDto(e.CriterionId, Blind(e.FileName),
            e.File is { } file ? $"/api/v1/awards/applications/{application.Id}/files/{file}" : e.Url)).ToList();
        return new JudgeApplicationDto(assignment.Id, application.Id, cycle.Id, JudgeLabels.Application(application.Id, l), cycle.BlindReview,
            cycle.BlindReview ? null : application.CityId, city?.Name.Current, city?.ProvinceCode, category.Name.Current, phase.ToString(),
            phase == AwardPhase.Judging && assignment.SubmittedAt is null, assignment.SubmittedAt, criteria,
            mask is null ? application.Facts : application.Facts.Select(f => f with { Source = Blind(f.Source) }).ToList(), evidence, othersHidden, others);
    }

    private async Task<BlindMask> MaskAsync(int cityId, CancellationToken ct)
    {
        var names = await (from c in db.Cities.AsNoTracking()
                           join p in db.Provinces on c.ProvinceCode equals p.Code
                           where c.Id == cityId
                           select new { City = c.Name, Province = p.Name }).FirstAsync(ct);
        return new BlindMask(names.City, names.Province, l);
    }

    public static ScoreDto ToDto(JudgeScore s) => new(s.CriterionId, s.Score, s.Comment, s.Version, s.UpdatedAt);
}
