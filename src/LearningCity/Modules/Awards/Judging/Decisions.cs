using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public sealed record ShortlistRequest(bool Shortlisted);

public sealed record DecisionRequest(string? Outcome, string? Rationale);

/// <summary>The panel's last steps: shortlist, decide each application with a rationale, and lock the cycle, after which nothing changes.</summary>
public sealed class Decisions(AppDbContext db, JudgingRules rules, AuditLog audit)
{
    public async Task<Outcome<AwardApplication>> ShortlistAsync(int cycleId, int applicationId, bool shortlisted, ClaimsPrincipal admin, CancellationToken ct)
    {
        var found = await FindAsync(cycleId, applicationId, ct);
        if (found.Refusal is not null) return found;
        var application = found.Value!;
        var before = application.Shortlisted;
        application.Shortlisted = shortlisted;
        application.Version++;
        audit.Record("awards.shortlist", "AwardApplication", application.Id, new { Shortlisted = before }, new { application.Shortlisted }, admin);
        await db.SaveChangesAsync(ct);
        return application;
    }

    public async Task<Outcome<AwardApplication>> DecideAsync(int cycleId, int applicationId, DecisionRequest input, ClaimsPrincipal admin, CancellationToken ct)
    {
        if (!Enum.TryParse<AwardOutcome>(input.Outcome, ignoreCase: true, out var outcome) || !Enum.IsDefined(outcome) || int.TryParse(input.Outcome, out _))
            return Refusal.Of(400, "Awards.Judging.Decision.BadOutcome");
        var rationale = input.Rationale?.Trim();
        if (string.IsNullOrEmpty(rationale)) return Refusal.Of(400, "Awards.Judging.Decision.RationaleNeeded");
        if (rationale.Length > 4000) return Refusal.Of(400, "Awards.Judging.Score.CommentTooLong", 4000);
        var found = await FindAsync(cycleId, applicationId, ct);
        if (found.Refusal is not null) return found;
        var application = found.Value!;
        var before = new { Outcome = application.Outcome.ToString(), application.Rationale };
        application.Outcome = outcome;
        application.Rationale = rationale;
        application.DecidedAt = rules.Now;
        application.DecidedBy = JudgePanel.ActorId(admin);
        application.Version++;
        audit.Record("awards.decision", "AwardApplication", application.Id, before, new { Outcome = outcome.ToString(), application.Rationale }, admin);
        await db.SaveChangesAsync(ct);
        return application;
    }

    public async Task<Outcome<AwardCycle>> LockAsync(int cycleId, ClaimsPrincipal admin, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } refusal) return refusal;
        var cycle = opened.Value!;
        cycle.LockedAt = rules.Now;
        cycle.Version++;
        audit.Record("awards.cycle.lock", "AwardCycle", cycle.Id, null, new { cycle.LockedAt }, admin);
        await db.SaveChangesAsync(ct);
        return cycle;
    }

    private async Task<Outcome<AwardApplication>> FindAsync(int cycleId, int applicationId, CancellationToken ct)
    {
        var opened = await rules.OpenCycleAsync(cycleId, ct);
        if (opened.Refusal is { } refusal) return refusal;
        var application = await db.AwardApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.CycleId == cycleId, ct);
        if (application is null) return Refusal.NotFound;
        return application.Status == ApplicationStatus.Submitted ? application : Refusal.Of(409, "Awards.Judging.Assign.NotSubmitted");
    }
}
