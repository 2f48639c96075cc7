using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Scores;
using LearningCity.Modules.Assessment.SelfAssessment;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Review;

/// <summary>The secretariat's side: return a submission with comments per indicator, or validate it (which scores the cycle).</summary>
public sealed class AssessmentReview(AppDbContext db, CycleScores scores, AuditLog audit, TimeProvider time)
{
    /// <param name="comments">Indicator id → comment; at least one comment or a note is needed to return.</param>
    public async Task<SaveOutcome> ReturnAsync(CityAssessment a, string? note, IReadOnlyDictionary<int, string> comments, ClaimsPrincipal user, CancellationToken ct)
    {
        if (a.Status != AssessmentStatus.Submitted) return SaveOutcome.Locked;
        var cleaned = comments.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
        if (cleaned.Count == 0 && string.IsNullOrWhiteSpace(note)) return SaveOutcome.Invalid;
        foreach (var value in a.Values) value.ReviewComment = null;
        foreach (var (indicatorId, comment) in cleaned)
        {
            var value = a.Values.FirstOrDefault(v => v.IndicatorId == indicatorId);
            if (value is null) a.Values.Add(value = new AssessmentValue { IndicatorId = indicatorId });
            value.ReviewComment = comment.Length > 2000 ? comment[..2000] : comment;
        }
        return await DecideAsync(a, AssessmentStatus.Returned, note, "assessment.return", user, ct);
    }

    public async Task<SaveOutcome> ValidateAsync(CityAssessment a, string? note, ClaimsPrincipal user, CancellationToken ct)
    {
        if (a.Status != AssessmentStatus.Submitted) return SaveOutcome.Locked;
        foreach (var value in a.Values) value.ReviewComment = null;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await DecideAsync(a, AssessmentStatus.Validated, note, "assessment.validate", user, ct);
        if (outcome != SaveOutcome.Saved) return outcome;
        await scores.RecalculateAsync(a.CycleId, ct);
        await tx.CommitAsync(ct);
        return outcome;
    }

    private async Task<SaveOutcome> DecideAsync(CityAssessment a, AssessmentStatus status, string? note, string action, ClaimsPrincipal user, CancellationToken ct)
    {
        a.Status = status;
        a.ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 4000)];
        a.ReviewedAt = time.GetUtcNow().UtcDateTime;
        a.ReviewedBy = CityAccess.UserId(user);
        a.Version++;
        AssessmentDrafts.AddRevision(db, a, a.ReviewNote, user, time);
        audit.Record(action, "CityAssessment", a.Id, null, new { Status = status, a.Revision, a.ReviewNote }, user);
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
    }
}
