using System.Security.Cryptography;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Passport;

/// <summary>
/// Verified learning: an activity whose organizer confirmed attendance (with its registration and activity), or learning
/// another module verified through <see cref="Public.IPassportLearning"/> (Source names it, e.g. "academy").
/// </summary>
public sealed record VerifiedEntry(int? RegistrationId, int? ActivityId, BilingualText Activity, DateTime StartsAt, double Hours, IReadOnlyList<int> TopicIds,
    string Source = "booster", string? Link = null)
{
    public string Url => Link ?? $"/activities/{ActivityId}";
}

/// <summary>Hours by skill or by year; verified (attendance) and self-declared are kept apart.</summary>
public sealed record PassportTotal(string Key, BilingualText Label, double VerifiedHours, double DeclaredHours);

public sealed record PassportView(
    string DisplayName, LearnerProfile Profile, IReadOnlyList<VerifiedEntry> Verified, IReadOnlyList<SelfDeclaredLearning> Declared,
    IReadOnlyList<CredentialSummary> Badges, IReadOnlyList<PassportTotal> BySkill, IReadOnlyList<PassportTotal> ByYear,
    IReadOnlyDictionary<int, BilingualText> TopicNames)
{
    public double VerifiedHours => Verified.Sum(v => v.Hours);
    public double DeclaredHours => (double)Declared.Sum(d => d.Hours);
}

/// <summary>A learner's lifelong learning record, gathered from attendance, their own entries and their credentials.</summary>
public sealed class LearningPassport(AppDbContext db, CredentialRecords credentials, IEnumerable<Public.IPassportLearning> otherLearning)
{
    public async Task<LearnerProfile> ProfileAsync(Guid userId, CancellationToken ct)
    {
        var profile = await db.LearnerProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is not null) return profile;
        profile = new LearnerProfile { UserId = userId, PublicSlug = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) };
        db.LearnerProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        return profile;
    }

    public async Task<PassportView?> ForUserAsync(Guid userId, CancellationToken ct)
    {
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        if (name is null) return null;
        var profile = await ProfileAsync(userId, ct);
        var attended = await (from r in db.Registrations.AsNoTracking()
                              where r.UserId == userId && r.AttendedAt != null && r.Status == RegistrationStatus.Confirmed
                              join s in db.ActivitySessions.AsNoTracking() on r.SessionId equals s.Id
                              join a in db.Activities.AsNoTracking() on r.ActivityId equals a.Id
                              orderby s.StartsAt descending
                              select new { r.Id, a.Title, ActivityId = a.Id, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var activityIds = attended.Select(a => a.ActivityId).Distinct().ToList();
        var topics = await db.Set<ActivityTopic>().AsNoTracking().Where(t => activityIds.Contains(t.ActivityId)).ToListAsync(ct);
        var verified = attended.Select(a => new VerifiedEntry(a.Id, a.ActivityId, a.Title, a.StartsAt, Math.Round((a.EndsAt - a.StartsAt).TotalHours, 2),
            topics.Where(t => t.ActivityId == a.ActivityId).Select(t => t.TopicId).ToList())).ToList();
        foreach (var source in otherLearning)
            verified.AddRange((await source.ForUserAsync(userId, ct)).Select(v =>
                new VerifiedEntry(null, null, v.Title, v.CompletedAt, v.Hours, v.TopicIds, v.Source, v.Link)));
        verified = verified.OrderByDescending(v => v.StartsAt).ToList();
        var declared = await db.SelfDeclaredLearning.AsNoTracking().Where(d => d.UserId == userId)
            .OrderByDescending(d => d.CompletedOn).ThenByDescending(d => d.Id).ToListAsync(ct);
        var badges = await credentials.ForUserAsync(userId, ct);
        var topicIds = verified.SelectMany(v => v.TopicIds).Concat(declared.SelectMany(d => d.TopicIds)).Concat(badges.SelectMany(b => b.SkillTopicIds)).Distinct().ToList();
        var names = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return new PassportView(name, profile, verified, declared, badges, BySkill(verified, declared, names), ByYear(verified, declared), names);
    }

    private static List<PassportTotal> BySkill(List<VerifiedEntry> verified, List<SelfDeclaredLearning> declared, Dictionary<int, BilingualText> names) =>
        names.Select(n => new PassportTotal(n.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Value,
                verified.Where(v => v.TopicIds.Contains(n.Key)).Sum(v => v.Hours),
                (double)declared.Where(d => d.TopicIds.Contains(n.Key)).Sum(d => d.Hours)))
            .Where(t => t.VerifiedHours + t.DeclaredHours > 0)
            .OrderByDescending(t => t.VerifiedHours + t.DeclaredHours).ToList();

    /// <summary>By calendar year in Thai time; labels in the Buddhist Era for Thai readers.</summary>
    private static List<PassportTotal> ByYear(List<VerifiedEntry> verified, List<SelfDeclaredLearning> declared)
    {
        var years = verified.Select(v => v.StartsAt.AddHours(7).Year).Concat(declared.Select(d => d.CompletedOn.Year)).Distinct().OrderDescending();
        return years.Select(y => new PassportTotal(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new BilingualText($"พ.ศ. {DateDisplay.ToBuddhistYear(y)}", y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                verified.Where(v => v.StartsAt.AddHours(7).Year == y).Sum(v => v.Hours),
                (double)declared.Where(d => d.CompletedOn.Year == y).Sum(d => d.Hours))).ToList();
    }
}
