using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

/// <param name="Version">The version of the score the judge read; 0 (or absent) for a criterion not scored yet.</param>
public sealed record ScoreRequest(int Score, string? Comment, uint? Version);

/// <summary>
/// A judge's scoring of their own assignments: each criterion on its rubric, only in the judging phase; a stale version
/// is refused (nothing is overwritten); submission needs every criterion and makes the scores final.
/// </summary>
public sealed class Scoring(AppDbContext db, JudgingRules rules, AuditLog audit)
{
    /// <summary>The judge's own assignment with its scores, or null (someone else's assignment is as good as absent).</summary>
    public async Task<(JudgeAssignment Assignment, AwardCycle Cycle)?> FindAsync(int assignmentId, ClaimsPrincipal judge, CancellationToken ct)
    {
        var userId = CityAccess.UserId(judge);
        var assignment = await db.JudgeAssignments.Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assignmentId && a.JudgeUserId == userId, ct);
        if (assignment is null) return null;
        var cycle = await db.AwardCycles.Include(c => c.Criteria).AsSplitQuery().FirstAsync(c => c.Id == assignment.CycleId, ct);
        return (assignment, cycle);
    }

    public async Task<Outcome<JudgeScore>> SaveAsync(int assignmentId, int criterionId, ScoreRequest input, ClaimsPrincipal judge, CancellationToken ct)
    {
        if (await FindAsync(assignmentId, judge, ct) is not { } found) return Refusal.NotFound;
        var (assignment, cycle) = found;
        if (rules.ScoringRefusal(cycle) is { } closed) return closed;
        if (assignment.SubmittedAt is not null) return Refusal.Of(409, "Awards.Judging.Score.AlreadySubmitted");
        if (cycle.Criteria.FirstOrDefault(c => c.Id == criterionId) is not { } criterion) return Refusal.NotFound;
        if (criterion.Rubric.All(r => r.Score != input.Score))
            return Refusal.Of(400, "Awards.Judging.Score.NotALevel", string.Join(", ", criterion.Rubric.OrderBy(r => r.Score).Select(r => r.Score)));
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment?.Length > 4000) return Refusal.Of(400, "Awards.Judging.Score.CommentTooLong", 4000);

        var score = assignment.Scores.FirstOrDefault(s => s.CriterionId == criterionId);
        var before = score is null ? null : new { score.Score, score.Comment, score.Version };
        if (score is null)
        {
            if (input.Version is > 0) return Refusal.Stale;
            assignment.Scores.Add(score = new JudgeScore { CriterionId = criterionId, Version = 0 });
        }
        else
        {
            if (input.Version != score.Version) return Refusal.Stale;
            // The database compares the version the judge read, so a save that raced this one is refused, not overwritten.
            db.Entry(score).Property(s => s.Version).OriginalValue = input.Version.Value;
        }
        score.Score = input.Score;
        score.Comment = comment;
        score.UpdatedAt = rules.Now;
        score.Version++;
        audit.Record("awards.score.save", "JudgeScore", $"{assignment.Id}:{criterionId}", before, new { score.Score, score.Comment, score.Version }, judge);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refusal.Stale;
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same criterion: the unique index keeps one, the other is told to reload.
            return Refusal.Stale;
        }
        return score;
    }

    public async Task<Outcome<JudgeAssignment>> SubmitAsync(int assignmentId, ClaimsPrincipal judge, CancellationToken ct)
    {
        if (await FindAsync(assignmentId, judge, ct) is not { } found) return Refusal.NotFound;
        var (assignment, cycle) = found;
        if (rules.ScoringRefusal(cycle) is { } closed) return closed;
        if (assignment.SubmittedAt is not null) return Refusal.Of(409, "Awards.Judging.Score.AlreadySubmitted");
        var missing = cycle.Criteria.OrderBy(c => c.SortOrder).Where(c => assignment.Scores.All(s => s.CriterionId != c.Id)).ToList();
        if (missing.Count > 0) return Refusal.Of(400, "Awards.Judging.Score.Missing", string.Join(", ", missing.Select(c => $"{c.Code} {c.Name.Current}")));
        assignment.SubmittedAt = rules.Now;
        audit.Record("awards.assignment.submit", "JudgeAssignment", assignment.Id, null,
            new { assignment.ApplicationId, Scores = assignment.Scores.Select(s => new { s.CriterionId, s.Score }) }, judge);
        await db.SaveChangesAsync(ct);
        return assignment;
    }
}
