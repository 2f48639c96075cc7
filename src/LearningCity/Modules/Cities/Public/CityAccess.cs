using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Public;

/// <summary>
/// Who may act for a city. Other modules use this instead of reading scopes themselves. Scopes and the
/// Coordinator role are read from the database on every call, so a revoked right stops working at once.
/// </summary>
public sealed class CityAccess(AppDbContext db)
{
    public static bool IsAdmin(ClaimsPrincipal user) => Privileges.IsAdmin(user);

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>An admin, or a coordinator with a scope for this city.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, int cityId, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (IsAdmin(user)) return true;
        if (UserId(user) is not { } userId) return false;
        var scoped = await db.CityScopes.AnyAsync(s => s.UserId == userId && s.CityId == cityId, ct);
        if (!scoped) return false;
        return await (from ur in db.UserRoles
                      join r in db.Roles on ur.RoleId equals r.Id
                      where ur.UserId == userId && r.Name == Roles.Coordinator
                      select ur).AnyAsync(ct);
    }

    /// <summary>The ids of the cities this user coordinates (empty for everyone else).</summary>
    public async Task<IReadOnlyList<int>> ScopedCityIdsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserId(user) is not { } userId) return [];
        return await db.CityScopes.Where(s => s.UserId == userId).Select(s => s.CityId).ToListAsync(ct);
    }

    /// <summary>Approved cities are public; a pending or rejected one only to admins, its proposer and its editors.</summary>
    public async Task<bool> CanViewAsync(ClaimsPrincipal user, City city, CancellationToken ct = default)
    {
        if (city.Status == CityStatus.Approved) return true;
        if (user.Identity?.IsAuthenticated != true) return false;
        if (IsAdmin(user)) return true;
        if (city.ProposedBy is { } proposer && proposer == UserId(user)) return true;
        return await CanEditAsync(user, city.Id, ct);
    }
}

/// <summary>What other modules may read about a city.</summary>
public sealed record CitySummary(int Id, string NameTh, string? NameEn, string ProvinceCode, bool IsApproved, bool IsDemo);

public sealed class CityLookup(AppDbContext db)
{
    public Task<CitySummary?> FindAsync(int id, CancellationToken ct = default) =>
        db.Cities.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CitySummary(c.Id, c.Name.Th, c.Name.En, c.ProvinceCode, c.Status == CityStatus.Approved, c.IsDemo))
            .FirstOrDefaultAsync(ct);

    /// <summary>The approved demo cities (first-run demo content), by id.</summary>
    public Task<List<CitySummary>> DemoCitiesAsync(CancellationToken ct = default) =>
        db.Cities.AsNoTracking().Where(c => c.IsDemo && c.Status == CityStatus.Approved).OrderBy(c => c.Id)
            .Select(c => new CitySummary(c.Id, c.Name.Th, c.Name.En, c.ProvinceCode, true, true)).ToListAsync(ct);

    /// <summary>The cities with these ids (any status), by id; ids that name no city are absent.</summary>
    public async Task<Dictionary<int, CitySummary>> FindManyAsync(IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return [];
        return await db.Cities.AsNoTracking().Where(c => wanted.Contains(c.Id))
            .Select(c => new CitySummary(c.Id, c.Name.Th, c.Name.En, c.ProvinceCode, c.Status == CityStatus.Approved, c.IsDemo))
            .ToDictionaryAsync(c => c.Id, ct);
    }
}
