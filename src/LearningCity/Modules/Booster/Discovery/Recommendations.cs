using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Discovery;

public sealed record Recommendation(Activity Activity, ActivitySession NextSession, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// "For you": upcoming published activities with an open session, ranked by a score that adds
/// 3 for the learner's age group, 2 per interest topic (at most 3), 2 for the learner's province, or for a given
/// position 3/2/1 within 10/50/100 km, 1 for a session on a preferred day, 1 per topic of activities attended (at most 2).
/// Ties go to the earliest session. Each point comes with the reason shown to the learner.
/// </summary>
public sealed class Recommendations(AppDbContext db, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<IReadOnlyList<Recommendation>> ForAsync(Guid userId, double? latitude, double? longitude, int limit, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.BirthYear, u.ProvinceCode }).FirstAsync(ct);
        var profile = await db.LearnerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        var interests = profile?.InterestTopicIds ?? [];
        var days = profile?.PreferredDays ?? [];
        var attendedTopics = await db.Registrations.AsNoTracking().Where(r => r.UserId == userId && r.AttendedAt != null)
            .Join(db.Set<ActivityTopic>(), r => r.ActivityId, t => t.ActivityId, (r, t) => t.TopicId).Distinct().ToListAsync(ct);
        var registered = await db.Registrations.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled).Select(r => r.ActivityId).Distinct().ToListAsync(ct);
        var topicNames = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var ageGroup = PrivacyNotice.AgeGroupOf(user.BirthYear, now);

        var candidates = await db.Activities.AsNoTracking().Include(a => a.Topics).Include(a => a.Sessions).AsSplitQuery()
            .Where(a => a.Status == PublicationStatus.Published && !registered.Contains(a.Id)
                && (a.RegistrationClosesAt == null || a.RegistrationClosesAt > now)
                && a.Sessions.Any(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now))
            .ToListAsync(ct);

        var results = new List<Recommendation>();
        foreach (var a in candidates)
        {
            var upcoming = a.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now).OrderBy(s => s.StartsAt).ToList();
            var score = 0;
            var reasons = new List<string>();
            if (ageGroup != AgeGroup.None && a.AgeGroups.HasFlag(ageGroup))
            {
                score += 3;
                reasons.Add(l["Discovery.Reason.AgeGroup", l[$"Activities.AgeGroup.{ageGroup}"]].Value);
            }
            var shared = a.Topics.Select(t => t.TopicId).Where(interests.Contains).Take(3).ToList();
            if (shared.Count > 0)
            {
                score += 2 * shared.Count;
                reasons.Add(l["Discovery.Reason.Interest", Names(shared, topicNames)].Value);
            }
            if (latitude is { } lat && longitude is { } lon && a.Latitude is { } aLat && a.Longitude is { } aLon)
            {
                var km = DistanceKm(lat, lon, aLat, aLon);
                var points = km <= 10 ? 3 : km <= 50 ? 2 : km <= 100 ? 1 : 0;
                if (points > 0)
                {
                    score += points;
                    reasons.Add(l["Discovery.Reason.Distance", Math.Max(1, Math.Round(km))].Value);
                }
            }
            else if (user.ProvinceCode is not null && a.ProvinceCode == user.ProvinceCode)
            {
                score += 2;
                reasons.Add(l["Discovery.Reason.Province"].Value);
            }
            if (upcoming.FirstOrDefault(s => days.Contains(ThaiTime.Of(s.StartsAt).DayOfWeek)) is { } onDay)
            {
                score += 1;
                reasons.Add(l["Discovery.Reason.Schedule", ThaiTime.Of(onDay.StartsAt).ToString("dddd", System.Globalization.CultureInfo.CurrentCulture)].Value);
            }
            var past = a.Topics.Select(t => t.TopicId).Where(attendedTopics.Contains).Take(2).ToList();
            if (past.Count > 0)
            {
                score += past.Count;
                reasons.Add(l["Discovery.Reason.Past", Names(past, topicNames)].Value);
            }
            if (reasons.Count == 0) reasons.Add(l["Discovery.Reason.Soon"].Value);
            results.Add(new Recommendation(a, upcoming[0], score, reasons));
        }
        return results.OrderByDescending(r => r.Score).ThenBy(r => r.NextSession.StartsAt).ThenBy(r => r.Activity.Id).Take(limit).ToList();
    }

    private static string Names(IEnumerable<int> ids, IReadOnlyDictionary<int, BilingualText> names) =>
        string.Join(", ", ids.Select(id => names.TryGetValue(id, out var n) ? n.Current : id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
