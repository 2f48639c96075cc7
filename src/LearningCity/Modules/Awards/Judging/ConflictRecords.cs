using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record MentoringRequest(string? Email, int CityId, string? Note);

public sealed record MentoringDto(int Id, Guid UserId, string? Email, int CityId, string CityName, string? Note, DateTime RecordedAt);

public sealed record DeclareConflictRequest(string? Reason);

/// <summary>
/// What the secretariat records (mentoring relations) and what judges declare (conflicts). A declaration always
/// stands: the judge's assignments to that city's applications in the cycle are removed, scored or not, because a
/// conflicted judge's scores must not count; removed scores stay readable in the audit log.
/// </summary>
public sealed class ConflictRecords(AppDbContext db, JudgingRules rules, AuditLog audit)
{
    public Task<List<MentoringDto>> MentoringAsync(CancellationToken ct) =>
        (from m in db.MentoringRelations.AsNoTracking()
         join u in db.Users on m.UserId equals u.Id
         join c in db.Cities on m.CityId equals c.Id
         orderby m.RecordedAt descending
         select new MentoringDto(m.Id, m.UserId, u.Email, m.CityId, c.Name.Th, m.Note, m.RecordedAt)).ToListAsync(ct);

    public async Task<Outcome<MentoringRelation>> RecordMentoringAsync(MentoringRequest input, ClaimsPrincipal admin, CancellationToken ct)
    {
        var email = input.Email?.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        if (user is null) return Refusal.Of(400, "Awards.Judging.Error.UnknownUser", input.Email ?? "");
        if (!await db.Cities.AnyAsync(c => c.Id == input.CityId, ct)) return Refusal.Of(400, "Awards.Judging.Error.UnknownCity", input.CityId);
        if (await db.MentoringRelations.AnyAsync(m => m.UserId == user.Id && m.CityId == input.CityId, ct)) return Refusal.Of(409, "Awards.Judging.Mentoring.Exists");
        var relation = new MentoringRelation
        {
            UserId = user.Id, CityId = input.CityId, Note = Trim(input.Note, 1000), RecordedAt = rules.Now, RecordedBy = JudgePanel.ActorId(admin),
        };
        db.MentoringRelations.Add(relation);
        await db.SaveChangesAsync(ct);
        audit.Record("awards.mentoring.record", "MentoringRelation", relation.Id, null, new { relation.UserId, relation.CityId, relation.Note }, admin);
        await db.SaveChangesAsync(ct);
        return relation;
    }

    public async Task<bool> RemoveMentoringAsync(int id, ClaimsPrincipal admin, CancellationToken ct)
    {
        var relation = await db.MentoringRelations.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (relation is null) return false;
        db.MentoringRelations.Remove(relation);
        audit.Record("awards.mentoring.remove", "MentoringRelation", relation.Id, new { relation.UserId, relation.CityId, relation.Note }, null, admin);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The judge declares a conflict with the city of one of their assignments (they may not know the city under blind review).</summary>
    public async Task<Outcome<int>> DeclareAsync(int assignmentId, string? reason, ClaimsPrincipal judge, CancellationToken ct)
    {
        var userId = CityAccess.UserId(judge);
        var assignment = await db.JudgeAssignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assignmentId && a.JudgeUserId == userId, ct);
        if (assignment is null || userId is null) return Refusal.NotFound;
        if (string.IsNullOrWhiteSpace(reason)) return Refusal.Of(400, "Awards.Judging.Conflict.ReasonNeeded");
        var opened = await rules.OpenCycleAsync(assignment.CycleId, ct);
        if (opened.Refusal is { } refusal) return refusal;
        var cityId = await db.AwardApplications.Where(a => a.Id == assignment.ApplicationId).Select(a => a.CityId).FirstAsync(ct);
        var declaration = await db.ConflictDeclarations.FirstOrDefaultAsync(d => d.CycleId == assignment.CycleId && d.JudgeUserId == userId && d.CityId == cityId, ct);
        if (declaration is null)
            db.ConflictDeclarations.Add(declaration = new ConflictDeclaration { CycleId = assignment.CycleId, JudgeUserId = userId.Value, CityId = cityId });
        declaration.Reason = Trim(reason, 1000)!;
        declaration.DeclaredAt = rules.Now;
        var removed = await (from a in db.JudgeAssignments.Include(a => a.Scores)
                             join app in db.AwardApplications on a.ApplicationId equals app.Id
                             where a.CycleId == assignment.CycleId && a.JudgeUserId == userId && app.CityId == cityId
                             select a).ToListAsync(ct);
        foreach (var a in removed)
            audit.Record("awards.assignment.remove-conflict", "JudgeAssignment", a.Id,
                new { a.ApplicationId, a.JudgeUserId, a.SubmittedAt, Scores = a.Scores.Select(s => new { s.CriterionId, s.Score, s.Comment }) }, null, judge);
        db.JudgeAssignments.RemoveRange(removed);
        audit.Record("awards.conflict.declare", "ConflictDeclaration", $"{assignment.CycleId}:{userId}:{cityId}", null, new { declaration.Reason }, judge);
        await db.SaveChangesAsync(ct);
        return removed.Count;
    }

    private static string? Trim(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
