using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Privacy;

/// <summary>
/// Forgets a person in the awards while every published figure stays as it was.
/// <list type="bullet">
/// <item>A judge's submitted sheets stay: the panel's means, medians and normalised scores, the decisions and the
/// feedback reports rest on them. Their judge becomes a pseudonym, a new random id that no account has, one for all
/// of the person's sheets, so each judge's own normalisation (z-scores) is computed exactly as before.</item>
/// <item>Sheets not yet submitted (they count nowhere) are deleted with their scores, so are the person's places on
/// panels (no new work can reach a pseudonym), their conflict declarations and the mentoring relations recorded about
/// them (both only bar the person from judging).</item>
/// <item>Applications belong to their city and stay; who started them, who decided them, who assigned a judge and who
/// recorded a relation are forgotten (an empty id, or none).</item>
/// </list>
/// </summary>
internal static class AwardsErasure
{
    public static async Task RunAsync(AppDbContext db, Guid userId, CancellationToken ct)
    {
        var pseudonym = Guid.NewGuid();
        await db.JudgeAssignments.Where(a => a.JudgeUserId == userId && a.SubmittedAt == null).ExecuteDeleteAsync(ct);
        await db.JudgeAssignments.Where(a => a.JudgeUserId == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.JudgeUserId, pseudonym), ct);
        await db.JudgeAssignments.Where(a => a.AssignedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.AssignedBy, Guid.Empty), ct);
        await db.AwardJudges.Where(j => j.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ConflictDeclarations.Where(c => c.JudgeUserId == userId).ExecuteDeleteAsync(ct);
        await db.MentoringRelations.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.MentoringRelations.Where(m => m.RecordedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(m => m.RecordedBy, Guid.Empty), ct);
        await db.AwardApplications.Where(a => a.CreatedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.CreatedBy, Guid.Empty), ct);
        await db.AwardApplications.Where(a => a.DecidedBy == userId).ExecuteUpdateAsync(u => u.SetProperty(a => a.DecidedBy, (Guid?)null), ct);
    }
}
