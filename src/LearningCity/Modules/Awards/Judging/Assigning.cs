using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record AssignRequest(int ApplicationId, Guid JudgeUserId);

public sealed record AssignmentDto(int Id, int ApplicationId, int CityId, string CityName, int CategoryId, Guid JudgeUserId, string JudgeName,
    string Method, DateTime AssignedAt, DateTime? SubmittedAt, int Scored);

/// <summary>
/// Puts a panel judge on a submitted application, by hand or for the CSV and automatic assignment: refused with every
/// reason when they conflict, when already assigned, when the application is not submitted, and once the cycle is locked.
/// </summary>
public sealed class Assigning(AppDbContext db, JudgingRules rules, ConflictCheck conflicts, AuditLog audit)
{
    public Task<List<AssignmentDto>> ListAsync(int cycleId, CancellationToken ct) =>
        (from a in db.JudgeAssignments.AsNoTracking()
         join app in db.AwardApplications on a.ApplicationId equals app.Id
         join c in db.Cities on app.CityId equals c.Id
         join j in db.AwardJudges on new { a.CycleId, UserId = a.JudgeUserId } equals new { j.CycleId, j.UserId }
         where a.CycleId == cycleId
         orderby a.ApplicationId, j.DisplayName
         select new AssignmentDto(a.Id, a.ApplicationId, app.CityId, c.Name.Th, app.CategoryId, a.JudgeUserId, j.DisplayName, a.Method.ToString(),
             a.AssignedAt, a.SubmittedAt, a.Scores.Count)).ToListAsync(ct);

    /// <summary>Checks one (application, judge) pair; null when it may be assigned.</summary>
    public async Task<Refusal?> CheckAsync(AwardCycle cycle, AwardApplication? application, AwardJudge? judge, CancellationToken ct)
    {
        if (application is null || application.CycleId != cycle.Id) return Refusal.Of(400, "Awards.Judging.Assign.UnknownApplication");
        if (application.Status != ApplicationStatus.Submitted) return Refusal.Of(409, "Awards.Judging.Assign.NotSubmitted");
        if (judge is null) return Refusal.Of(400, "Awards.Judging.Assign.NotOnPanel");
        if (await db.JudgeAssignments.AnyAsync(a => a.ApplicationId == application.Id && a.JudgeUserId == judge.UserId, ct))
            return Refusal.Of(409, "Awards.Judging.Assign.Duplicate");
        var reasons = await conflicts.ReasonsAsync(judge, application.CityId, ct);
        return reasons.Count > 0 ? Refusal.Conflict(reasons) : null;
    }

    public async Task<Outcome<JudgeAssignment>> AssignAsync(int cycleId, AssignRequest input, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } locked) return locked;
        var application = await db.AwardApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == input.ApplicationId, ct);
        var judge = await db.AwardJudges.AsNoTracking().FirstOrDefaultAsync(j => j.CycleId == cycleId && j.UserId == input.JudgeUserId, ct);
        if (await CheckAsync(opened.Value!, application, judge, ct) is { } refusal) return refusal;
        var assignment = Add(cycleId, input.ApplicationId, input.JudgeUserId, AssignmentMethod.Manual, admin);
        await db.SaveChangesAsync(ct);
        return assignment;
    }

    /// <summary>Adds an assignment and its audit entry to the unit of work (the caller saves).</summary>
    public JudgeAssignment Add(int cycleId, int applicationId, Guid judgeUserId, AssignmentMethod method, ClaimsPrincipal admin)
    {
        var assignment = new JudgeAssignment
        {
            CycleId = cycleId, ApplicationId = applicationId, JudgeUserId = judgeUserId, Method = method,
            AssignedAt = rules.Now, AssignedBy = JudgePanel.ActorId(admin),
        };
        db.JudgeAssignments.Add(assignment);
        audit.Record("awards.assignment.add", "JudgeAssignment", $"{applicationId}:{judgeUserId}", null, new { cycleId, applicationId, judgeUserId, Method = method.ToString() }, admin);
        return assignment;
    }

    public async Task<Outcome<bool>> UnassignAsync(int cycleId, int assignmentId, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } locked) return locked;
        var assignment = await db.JudgeAssignments.Include(a => a.Scores).FirstOrDefaultAsync(a => a.Id == assignmentId && a.CycleId == cycleId, ct);
        if (assignment is null) return Refusal.NotFound;
        if (assignment.Scores.Count > 0) return Refusal.Of(409, "Awards.Judging.Assign.HasScores");
        db.JudgeAssignments.Remove(assignment);
        audit.Record("awards.assignment.remove", "JudgeAssignment", assignment.Id, new { assignment.ApplicationId, assignment.JudgeUserId }, null, admin);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
