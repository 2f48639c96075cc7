using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Public;

/// <summary>
/// Who coordinates which city, for modules that tell a city's coordinators something or must know whom a city's
/// coordinators are (conflicts of interest). Only accounts that hold the Coordinator role and a scope for the city count.
/// </summary>
public sealed class CityCoordinators(AppDbContext db)
{
    /// <summary>The accounts that coordinate the city.</summary>
    public Task<List<Guid>> OfCityAsync(int cityId, CancellationToken ct) =>
        (from s in db.CityScopes
         join ur in db.UserRoles on s.UserId equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where s.CityId == cityId && r.Name == Roles.Coordinator
         select s.UserId).Distinct().ToListAsync(ct);

    /// <summary>The (person, city) pairs among these people and these cities where the person coordinates the city.</summary>
    public async Task<List<(Guid UserId, int CityId)>> AmongAsync(IReadOnlyCollection<Guid> userIds, IReadOnlyCollection<int> cityIds, CancellationToken ct)
    {
        if (userIds.Count == 0 || cityIds.Count == 0) return [];
        var rows = await (from s in db.CityScopes
                          join ur in db.UserRoles on s.UserId equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.Coordinator && userIds.Contains(s.UserId) && cityIds.Contains(s.CityId)
                          select new { s.UserId, s.CityId }).Distinct().ToListAsync(ct);
        return rows.Select(r => (r.UserId, r.CityId)).ToList();
    }
}
