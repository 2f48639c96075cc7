using LearningCity.Common.Localization;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Outputs;

/// <summary>
/// The Booster's output figures from registrations and attendance. Anonymous rows (deleted accounts) count, each as
/// one learner; cancelled registrations and cancelled sessions do not. A city's period is by session date in Thai time.
/// </summary>
internal sealed class BoosterOutputFigures(AppDbContext db) : IBoosterOutputs
{
    private static readonly TimeSpan ThaiOffset = ThaiTime.Offset;

    public async Task<ActivityOutputs?> ForActivityAsync(int activityId, CancellationToken ct = default)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == activityId, ct)) return null;
        var sessions = await db.ActivitySessions.AsNoTracking().Where(s => s.ActivityId == activityId && s.Status == SessionStatus.Scheduled).CountAsync(ct);
        var rows = await Rows(db.ActivitySessions.Where(s => s.ActivityId == activityId)).ToListAsync(ct);
        return new ActivityOutputs(activityId, sessions, Figures(AgeGroup.None, rows), ByAgeGroup(rows));
    }

    public async Task<CityOutputs> ForCityAsync(int cityId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ThaiOffset;
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ThaiOffset;
        var sessions = from s in db.ActivitySessions
                       join a in db.Activities on s.ActivityId equals a.Id
                       where a.CityId == cityId && s.StartsAt >= start && s.StartsAt < end
                       select s;
        var scheduled = await sessions.Where(s => s.Status == SessionStatus.Scheduled).Select(s => new { s.Id, s.ActivityId }).ToListAsync(ct);
        var rows = await Rows(sessions).ToListAsync(ct);
        return new CityOutputs(cityId, from, to, scheduled.Select(s => s.ActivityId).Distinct().Count(), scheduled.Count,
            Figures(AgeGroup.None, rows), ByAgeGroup(rows));
    }

    private sealed record Row(int Id, Guid? Learner, AgeGroup AgeGroup, bool Attended, DateTime StartsAt, DateTime EndsAt);

    private IQueryable<Row> Rows(IQueryable<ActivitySession> sessions) =>
        from s in sessions.AsNoTracking()
        where s.Status == SessionStatus.Scheduled
        join r in db.Registrations.AsNoTracking() on s.Id equals r.SessionId
        where r.Status != RegistrationStatus.Cancelled
        // A learner who deleted their account is still one learner: their registrations share an erased-learner key.
        select new Row(r.Id, r.UserId ?? r.ErasedLearnerKey, r.AgeGroup, r.AttendedAt != null, s.StartsAt, s.EndsAt);

    private static List<OutputFigures> ByAgeGroup(List<Row> rows) =>
        rows.GroupBy(r => r.AgeGroup).OrderBy(g => g.Key).Select(g => Figures(g.Key, g.ToList())).ToList();

    private static OutputFigures Figures(AgeGroup group, List<Row> rows)
    {
        var attended = rows.Where(r => r.Attended).ToList();
        var learners = attended.Where(r => r.Learner is not null).Select(r => r.Learner).Distinct().Count() + attended.Count(r => r.Learner is null);
        return new OutputFigures(group, rows.Count, attended.Count, learners, Math.Round(attended.Sum(r => (r.EndsAt - r.StartsAt).TotalHours), 2));
    }
}
