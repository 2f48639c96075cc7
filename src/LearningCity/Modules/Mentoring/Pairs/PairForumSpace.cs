using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Forum.Public;
using LearningCity.Modules.Mentoring.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>
/// A pair's private space in the Forum (kind "mentoring"): opened when the pair becomes active; its members are the
/// people who read the pair's meetings and notes — the pair's named people and the coordinators of both cities (the
/// Forum lets admins in itself). A declined or withdrawn pair's space admits nobody.
/// </summary>
public sealed class PairForumSpace(AppDbContext db, CityCoordinators coordinators, CityLookup cities, ForumSpaces spaces) : IForumSpaceMembers
{
    public const string SpaceKind = "mentoring";

    public string Kind => SpaceKind;

    public async Task<bool> IsMemberAsync(int ownerId, Guid userId, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.AsNoTracking().Where(p => p.Id == ownerId)
            .Select(p => new { p.Status, p.MentorCityId, p.MenteeCityId, Named = p.People.Any(x => x.UserId == userId) })
            .FirstOrDefaultAsync(ct);
        if (pair is null || pair.Status is not (PairStatus.Active or PairStatus.Completed)) return false;
        if (pair.Named) return true;
        return (await coordinators.AmongAsync([userId], [pair.MentorCityId, pair.MenteeCityId], ct)).Count > 0;
    }

    /// <summary>Opens the pair's space (once), named after its two cities.</summary>
    public async Task<ForumSpace> OpenAsync(MentoringPair pair, CancellationToken ct)
    {
        var names = await cities.FindManyAsync([pair.MentorCityId, pair.MenteeCityId], ct);
        string Th(int id) => names.TryGetValue(id, out var c) ? c.NameTh : "";
        string En(int id) => names.TryGetValue(id, out var c) ? c.NameEn ?? c.NameTh : "";
        return await spaces.EnsureAsync(SpaceKind, pair.Id, new BilingualText(
            $"คู่พี่เลี้ยง {Th(pair.MentorCityId)} – {Th(pair.MenteeCityId)}",
            $"Mentoring pair {En(pair.MentorCityId)} – {En(pair.MenteeCityId)}"), ct);
    }

    public Task<ForumSpace?> FindAsync(int pairId, CancellationToken ct) => spaces.FindAsync(SpaceKind, pairId, ct);
}
