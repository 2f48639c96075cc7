using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Mentoring.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Judging;

public enum ConflictKind { SameProvince, SameOrganisation, CityCoordinator, Mentoring, Declared }

/// <summary>One reason a judge may not judge a city's application.</summary>
public sealed record ConflictReason(ConflictKind Kind, string Detail)
{
    public string Message(JsonStringLocalizer l) => l[$"Awards.Judging.Conflict.{Kind}", Detail].Value;
}

/// <summary>
/// Every reason a panel judge conflicts with a city in a cycle: the same province, the same organisation (the judge
/// works for the city, or coordinates it on the platform), mentoring, or the judge's own declaration. Mentoring is read
/// from the platform's real pairs (a judge named in a live or recent pair with the city, or coordinating either city of
/// it, see <see cref="IMentoringTies"/>) and from the Awards' own recorded relations, which remain for people who mentor
/// a city outside the platform's pairs (a coach of its team, an adviser).
/// </summary>
public sealed class ConflictCheck(AppDbContext db, IMentoringTies ties)
{
    public async Task<IReadOnlyList<ConflictReason>> ReasonsAsync(AwardJudge judge, int cityId, CancellationToken ct)
    {
        var map = await ReasonsAsync(judge.CycleId, [judge], [cityId], ct);
        return map.TryGetValue((judge.UserId, cityId), out var reasons) ? reasons : [];
    }

    /// <summary>The reasons for every (judge, city) pair that has at least one; pairs without a conflict are absent.</summary>
    public async Task<Dictionary<(Guid JudgeUserId, int CityId), List<ConflictReason>>> ReasonsAsync(
        int cycleId, IReadOnlyCollection<AwardJudge> judges, IReadOnlyCollection<int> cityIds, CancellationToken ct)
    {
        var userIds = judges.Select(j => j.UserId).ToList();
        var cities = await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id))
            .Select(c => new { c.Id, c.ProvinceCode, c.Name.Th }).ToDictionaryAsync(c => c.Id, ct);
        var coordinated = await (from s in db.CityScopes
                                 join ur in db.UserRoles on s.UserId equals ur.UserId
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 where r.Name == Roles.Coordinator && userIds.Contains(s.UserId) && cityIds.Contains(s.CityId)
                                 select new { s.UserId, s.CityId }).ToListAsync(ct);
        var mentoring = await db.MentoringRelations.AsNoTracking().Where(m => userIds.Contains(m.UserId) && cityIds.Contains(m.CityId))
            .Select(m => new { m.UserId, m.CityId, m.Note }).ToListAsync(ct);
        var pairs = await ties.AmongAsync(userIds, cityIds, ct);
        var declared = await db.ConflictDeclarations.AsNoTracking().Where(d => d.CycleId == cycleId && userIds.Contains(d.JudgeUserId) && cityIds.Contains(d.CityId))
            .Select(d => new { d.JudgeUserId, d.CityId, d.Reason }).ToListAsync(ct);

        var result = new Dictionary<(Guid, int), List<ConflictReason>>();
        void Add(Guid user, int city, ConflictKind kind, string detail)
        {
            if (!result.TryGetValue((user, city), out var list)) result[(user, city)] = list = [];
            list.Add(new ConflictReason(kind, detail));
        }
        foreach (var judge in judges)
        foreach (var city in cities.Values)
        {
            if (judge.ProvinceCode is { } p && string.Equals(p, city.ProvinceCode, StringComparison.OrdinalIgnoreCase)) Add(judge.UserId, city.Id, ConflictKind.SameProvince, p);
            if (judge.OrganisationCityId == city.Id) Add(judge.UserId, city.Id, ConflictKind.SameOrganisation, judge.Organisation ?? "");
        }
        foreach (var c in coordinated) Add(c.UserId, c.CityId, ConflictKind.CityCoordinator, "");
        foreach (var m in mentoring) Add(m.UserId, m.CityId, ConflictKind.Mentoring, m.Note ?? "");
        foreach (var t in pairs.DistinctBy(t => (t.UserId, t.CityId, t.PairId))) Add(t.UserId, t.CityId, ConflictKind.Mentoring, t.Describe());
        foreach (var d in declared) Add(d.JudgeUserId, d.CityId, ConflictKind.Declared, d.Reason);
        return result;
    }
}
