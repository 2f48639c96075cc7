using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record UnfilledApplication(int ApplicationId, int Assigned, int Wanted);

public sealed record AutomaticReport(int Added, IReadOnlyList<UnfilledApplication> Unfilled);

/// <summary>
/// Gives every submitted application the cycle's number of judges, choosing among non-conflicting panel judges the
/// least loaded first (ties by name, then id, so a run is repeatable). Existing assignments count towards both.
/// </summary>
public sealed class AutomaticAssignment(AppDbContext db, JudgingRules rules, ConflictCheck conflicts, Assigning assigning)
{
    public async Task<Outcome<AutomaticReport>> RunAsync(int cycleId, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } locked) return locked;
        var cycle = opened.Value!;
        var judges = await db.AwardJudges.AsNoTracking().Where(j => j.CycleId == cycleId).OrderBy(j => j.DisplayName).ThenBy(j => j.Id).ToListAsync(ct);
        var applications = await db.AwardApplications.AsNoTracking().Where(a => a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted)
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.CityId }).ToListAsync(ct);
        var existing = await db.JudgeAssignments.AsNoTracking().Where(a => a.CycleId == cycleId).Select(a => new { a.ApplicationId, a.JudgeUserId }).ToListAsync(ct);
        var barred = await conflicts.ReasonsAsync(cycleId, judges, applications.Select(a => a.CityId).Distinct().ToList(), ct);

        var load = judges.ToDictionary(j => j.UserId, j => existing.Count(e => e.JudgeUserId == j.UserId));
        var onApplication = existing.GroupBy(e => e.ApplicationId).ToDictionary(g => g.Key, g => g.Select(e => e.JudgeUserId).ToHashSet());
        var unfilled = new List<UnfilledApplication>();
        var added = 0;
        // The applications with the fewest eligible judges go first, so the scarce judges are not used up elsewhere.
        var ordered = applications.OrderBy(a => judges.Count(j => !barred.ContainsKey((j.UserId, a.CityId)))).ThenBy(a => a.Id);
        foreach (var application in ordered)
        {
            var assigned = onApplication.TryGetValue(application.Id, out var set) ? set : onApplication[application.Id] = [];
            while (assigned.Count < cycle.JudgesPerApplication)
            {
                var next = judges.Where(j => !assigned.Contains(j.UserId) && !barred.ContainsKey((j.UserId, application.CityId)))
                    .OrderBy(j => load[j.UserId]).FirstOrDefault();
                if (next is null) break;
                assigning.Add(cycleId, application.Id, next.UserId, AssignmentMethod.Automatic, admin);
                assigned.Add(next.UserId);
                load[next.UserId]++;
                added++;
            }
            if (assigned.Count < cycle.JudgesPerApplication) unfilled.Add(new UnfilledApplication(application.Id, assigned.Count, cycle.JudgesPerApplication));
        }
        await db.SaveChangesAsync(ct);
        return new AutomaticReport(added, unfilled.OrderBy(u => u.ApplicationId).ToList());
    }
}
