using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>The cycle-level rules every judging change obeys: the cycle exists, is not locked, and for scores is in its judging phase.</summary>
public sealed class JudgingRules(AppDbContext db, TimeProvider time)
{
    public AwardPhase PhaseOf(AwardCycle cycle) => cycle.PhaseOn(ThaiTime.Today(time));

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Outcome<AwardCycle>> OpenCycleAsync(int cycleId, CancellationToken ct)
    {
        var cycle = await db.AwardCycles.Include(c => c.Criteria).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return Refusal.NotFound;
        return cycle.LockedAt is null && cycle.PublishedAt is null ? cycle : Refusal.Locked;
    }

    public Refusal? ScoringRefusal(AwardCycle cycle) => PhaseOf(cycle) switch
    {
        AwardPhase.Judging => null,
        AwardPhase.Locked or AwardPhase.Published => Refusal.Locked,
        _ => Refusal.Of(409, "Awards.Judging.Error.NotJudgingPhase"),
    };
}
