using System.Globalization;
using System.Security.Claims;
using System.Text;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Awards.Judging;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Results;

public sealed record JudgeFeedback(string Judge, int Score, string? Comment);

public sealed record FeedbackCriterion(string Code, string Name, double Weight, int MaxScore, IReadOnlyList<JudgeFeedback> Judges, double? Mean);

/// <param name="WeightedScore">The mean over judges of each judge's weighted score (0–100).</param>
public sealed record FeedbackReportDto(int ApplicationId, string City, string Cycle, int YearBe, string Category, string Outcome, string? Rationale,
    double? WeightedScore, IReadOnlyList<FeedbackCriterion> Criteria);

/// <summary>
/// What the panel said about one application, for the city after the results are published: each criterion's scores
/// and comments with the judges anonymous ("Judge 1", "Judge 2" in an order that says nothing about who they are).
/// </summary>
public sealed class FeedbackReport(AppDbContext db, CityAccess cities, JsonStringLocalizer l)
{
    public async Task<FeedbackReportDto?> ForAsync(int applicationId, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await db.AwardApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || application.Status != ApplicationStatus.Submitted) return null;
        if (!Privileges.IsAdmin(user) && !await cities.CanEditAsync(user, application.CityId, ct)) return null;
        var cycle = await db.AwardCycles.AsNoTracking().Include(c => c.Criteria).Include(c => c.Categories).FirstAsync(c => c.Id == application.CycleId, ct);
        if (cycle.PublishedAt is null) return null;
        var city = await db.Cities.AsNoTracking().Where(c => c.Id == application.CityId).Select(c => c.Name).FirstAsync(ct);
        var assignments = await db.JudgeAssignments.AsNoTracking().Include(a => a.Scores)
            .Where(a => a.ApplicationId == applicationId && a.SubmittedAt != null).ToListAsync(ct);
        // Numbered in the order of the judges' random ids, not by when they were added, so the numbers give nobody away.
        var judges = assignments.OrderBy(a => a.JudgeUserId).Select((a, n) => (a, Label: l["Awards.Feedback.Judge", n + 1].Value)).ToList();
        var criteria = cycle.Criteria.OrderBy(c => c.SortOrder).Select(c =>
        {
            var given = judges.Select(j => (j.Label, Score: j.a.Scores.FirstOrDefault(s => s.CriterionId == c.Id))).Where(j => j.Score is not null)
                .Select(j => new JudgeFeedback(j.Label, j.Score!.Score, j.Score.Comment)).ToList();
            return new FeedbackCriterion(c.Code, c.Name.Current, c.Weight, c.MaxScore, given, given.Count == 0 ? null : Math.Round(given.Average(g => g.Score), 2));
        }).ToList();
        var perJudge = assignments.Select(a => PanelMaths.Weighted(cycle.Criteria.Where(c => a.Scores.Any(s => s.CriterionId == c.Id))
            .Select(c => new CriterionScore(a.Scores.First(s => s.CriterionId == c.Id).Score, c.MaxScore, c.Weight)).ToList())).ToList();
        return new FeedbackReportDto(application.Id, city.Current, cycle.Name.Current, cycle.YearBe,
            cycle.Categories.First(c => c.Id == application.CategoryId).Name.Current, application.Outcome.ToString(), application.Rationale,
            perJudge.Count == 0 ? null : Math.Round(perJudge.Average(), 2), criteria);
    }

    public byte[] Csv(FeedbackReportDto report)
    {
        var csv = new StringBuilder();
        CsvWriter.Row(csv, [l["Awards.Feedback.Criterion"].Value, l["Awards.Feedback.JudgeColumn"].Value, l["Awards.Feedback.Score"].Value,
            l["Awards.Feedback.MaxScore"].Value, l["Awards.Feedback.Comment"].Value]);
        foreach (var c in report.Criteria)
            foreach (var j in c.Judges)
                CsvWriter.Row(csv, [$"{c.Code}. {c.Name}", j.Judge, j.Score.ToString(CultureInfo.InvariantCulture), c.MaxScore.ToString(CultureInfo.InvariantCulture), j.Comment]);
        CsvWriter.Row(csv, [l["Awards.Feedback.Weighted"].Value, "", report.WeightedScore?.ToString(CultureInfo.InvariantCulture), "100", l[$"Awards.Outcome.{report.Outcome}"].Value]);
        return CsvWriter.Bytes(csv);
    }
}
