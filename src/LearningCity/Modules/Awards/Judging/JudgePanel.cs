using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record AddJudgeRequest(string? Email, string? ProvinceCode, string? Organisation, int? OrganisationCityId);

public sealed record JudgeDto(int Id, Guid UserId, string DisplayName, string? Email, string? ProvinceCode, string? Organisation, int? OrganisationCityId,
    int Assigned, int Submitted);

/// <summary>A cycle's panel of judges: only users with the Judge role join; a judge who has scored stays on the panel.</summary>
public sealed class JudgePanel(AppDbContext db, JudgingRules rules, AuditLog audit)
{
    public async Task<List<JudgeDto>> ListAsync(int cycleId, CancellationToken ct)
    {
        var judges = await (from j in db.AwardJudges.AsNoTracking()
                            join u in db.Users on j.UserId equals u.Id
                            where j.CycleId == cycleId
                            orderby j.DisplayName
                            select new { j, u.Email }).ToListAsync(ct);
        var loads = await db.JudgeAssignments.AsNoTracking().Where(a => a.CycleId == cycleId)
            .GroupBy(a => a.JudgeUserId).Select(g => new { g.Key, Assigned = g.Count(), Submitted = g.Count(a => a.SubmittedAt != null) })
            .ToDictionaryAsync(g => g.Key, ct);
        return judges.Select(x => new JudgeDto(x.j.Id, x.j.UserId, x.j.DisplayName, x.Email, x.j.ProvinceCode, x.j.Organisation, x.j.OrganisationCityId,
            loads.GetValueOrDefault(x.j.UserId)?.Assigned ?? 0, loads.GetValueOrDefault(x.j.UserId)?.Submitted ?? 0)).ToList();
    }

    public async Task<Outcome<AwardJudge>> AddAsync(int cycleId, AddJudgeRequest input, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } refusal) return refusal;
        var email = input.Email?.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        var isJudge = user is not null && await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                                 where ur.UserId == user.Id && r.Name == Roles.Judge select ur).AnyAsync(ct);
        if (user is null || !isJudge) return Refusal.Of(400, "Awards.Judging.Panel.NotAJudge", input.Email ?? "");
        if (await db.AwardJudges.AnyAsync(j => j.CycleId == cycleId && j.UserId == user.Id, ct)) return Refusal.Of(409, "Awards.Judging.Panel.AlreadyOnPanel");
        if (input.OrganisationCityId is { } cityId && !await db.Cities.AnyAsync(c => c.Id == cityId, ct)) return Refusal.Of(400, "Awards.Judging.Error.UnknownCity", cityId);
        var judge = new AwardJudge
        {
            CycleId = cycleId, UserId = user.Id, DisplayName = user.DisplayName, AddedAt = rules.Now,
            ProvinceCode = string.IsNullOrWhiteSpace(input.ProvinceCode) ? null : input.ProvinceCode.Trim().ToUpperInvariant(),
            Organisation = string.IsNullOrWhiteSpace(input.Organisation) ? null : input.Organisation.Trim(),
            OrganisationCityId = input.OrganisationCityId,
        };
        db.AwardJudges.Add(judge);
        await db.SaveChangesAsync(ct);
        audit.Record("awards.judge.add", "AwardJudge", judge.Id, null, new { judge.CycleId, judge.UserId, judge.ProvinceCode, judge.Organisation, judge.OrganisationCityId }, admin);
        await db.SaveChangesAsync(ct);
        return judge;
    }

    /// <summary>Removes a judge and their unscored assignments; refused once they have scored anything in the cycle.</summary>
    public async Task<Outcome<bool>> RemoveAsync(int cycleId, int judgeId, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } refusal) return refusal;
        var judge = await db.AwardJudges.FirstOrDefaultAsync(j => j.Id == judgeId && j.CycleId == cycleId, ct);
        if (judge is null) return Refusal.NotFound;
        var assignments = await db.JudgeAssignments.Include(a => a.Scores).Where(a => a.CycleId == cycleId && a.JudgeUserId == judge.UserId).ToListAsync(ct);
        if (assignments.Any(a => a.Scores.Count > 0)) return Refusal.Of(409, "Awards.Judging.Panel.HasScores");
        db.JudgeAssignments.RemoveRange(assignments);
        db.AwardJudges.Remove(judge);
        audit.Record("awards.judge.remove", "AwardJudge", judge.Id, new { judge.CycleId, judge.UserId, Assignments = assignments.Select(a => a.ApplicationId) }, null, admin);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static Guid ActorId(ClaimsPrincipal user) => CityAccess.UserId(user) ?? Guid.Empty;
}
