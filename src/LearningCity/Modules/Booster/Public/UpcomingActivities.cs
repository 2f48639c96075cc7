using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Public;

/// <summary>A published activity with a scheduled session in a window: the first such session.</summary>
public sealed record UpcomingActivity(int Id, BilingualText Title, DateTime StartsAt, DateTime EndsAt, string? ProvinceCode,
    double? Latitude, double? Longitude, bool IsOnline, bool IsFree, int SeatsLeft)
{
    public string Url => $"/activities/{Id}";
}

/// <summary>The programme's totals: published activities, confirmed registrations and the learners behind them.</summary>
public sealed record BoosterTotals(int Activities, int Registrations, int Learners);

/// <summary>What is on soon, and the programme's totals, for the home page and other modules' overviews.</summary>
public interface IUpcomingActivities
{
    /// <summary>
    /// Activities with a scheduled session starting in [fromUtc, toUtc), soonest first; only in a province when one is
    /// given; nearest first (online ones last) when a position is given.
    /// </summary>
    Task<IReadOnlyList<UpcomingActivity>> BetweenAsync(DateTime fromUtc, DateTime toUtc, string? provinceCode, (double Lat, double Lon)? near, int max,
        CancellationToken ct = default);

    Task<BoosterTotals> TotalsAsync(CancellationToken ct = default);
}

internal sealed class UpcomingActivities(AppDbContext db) : IUpcomingActivities
{
    public async Task<IReadOnlyList<UpcomingActivity>> BetweenAsync(DateTime fromUtc, DateTime toUtc, string? provinceCode, (double Lat, double Lon)? near, int max,
        CancellationToken ct = default)
    {
        var province = string.IsNullOrWhiteSpace(provinceCode) ? null : provinceCode.Trim().ToUpperInvariant();
        var rows = await (from s in db.ActivitySessions.AsNoTracking()
                          join a in db.Activities on s.ActivityId equals a.Id
                          where a.Status == PublicationStatus.Published && s.Status == SessionStatus.Scheduled
                                && s.StartsAt >= fromUtc && s.StartsAt < toUtc && (province == null || a.ProvinceCode == province)
                          orderby s.StartsAt, a.Id
                          select new
                          {
                              a.Id, a.Title, s.StartsAt, s.EndsAt, a.ProvinceCode, a.Latitude, a.Longitude, a.Mode, a.IsFree,
                              Left = s.Capacity - s.ConfirmedCount,
                          }).Take(near is null ? max * 4 : 200).ToListAsync(ct);
        var first = rows.DistinctBy(r => r.Id);
        if (near is { } at)
            first = first.OrderBy(r => r.Latitude is { } lat && r.Longitude is { } lon ? Discovery.Recommendations.DistanceKm(at.Lat, at.Lon, lat, lon) : double.MaxValue)
                .ThenBy(r => r.StartsAt);
        return first.Take(max)
            .Select(r => new UpcomingActivity(r.Id, r.Title, r.StartsAt, r.EndsAt, r.ProvinceCode, r.Latitude, r.Longitude,
                r.Mode == ActivityMode.Online, r.IsFree, Math.Max(0, r.Left))).ToList();
    }

    public async Task<BoosterTotals> TotalsAsync(CancellationToken ct = default)
    {
        var activities = await db.Activities.CountAsync(a => a.Status == PublicationStatus.Published, ct);
        var confirmed = db.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed);
        var registrations = await confirmed.CountAsync(ct);
        var learners = await confirmed.Where(r => r.UserId != null).Select(r => r.UserId).Distinct().CountAsync(ct);
        return new BoosterTotals(activities, registrations, learners);
    }
}
