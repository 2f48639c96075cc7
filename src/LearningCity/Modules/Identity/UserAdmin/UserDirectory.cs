using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.UserAdmin;

/// <summary>Read side of user administration: search, one user's access, the cities and organisations it can name.</summary>
public sealed class UserDirectory(AppDbContext db)
{
    public async Task<Paged<UserSummaryDto>> SearchAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            // E-mails are compared through their normalized (upper-case) form, names lower-cased: the same on both databases.
            var upper = q.Trim().ToUpperInvariant();
            var lower = q.Trim().ToLowerInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToLower().Contains(lower));
        }
        var found = await users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.TwoFactorEnabled })
            .ToPagedAsync(page, ct);
        var ids = found.Items.Select(u => u.Id).ToList();
        var roles = await RolesOfAsync(ids, ct);
        var cities = await ScopesOfAsync(ids, ct);
        var organisations = await MembershipsOfAsync(ids, ct);
        return found.Map(u => new UserSummaryDto(u.Id, u.Email ?? "", u.DisplayName, u.TwoFactorEnabled,
            roles[u.Id].ToArray(), cities[u.Id].ToArray(), organisations[u.Id].ToArray()));
    }

    public async Task<UserDetailDto?> FindAsync(Guid id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return null;
        var roles = (await RolesOfAsync([id], ct))[id].ToArray();
        var cities = (await ScopesOfAsync([id], ct))[id].ToArray();
        var organisations = (await MembershipsOfAsync([id], ct))[id].ToArray();
        var needsSetup = !user.TwoFactorEnabled && roles.Any(r => Roles.RequireTwoFactor.Contains(r));
        return new UserDetailDto(user.Id, user.Email ?? "", user.DisplayName, user.EmailConfirmed, user.TwoFactorEnabled,
            needsSetup, user.CreatedAt, roles, cities, organisations);
    }

    /// <summary>Approved cities, by name in the reader's language: the ones a coordinator can be given.</summary>
    public async Task<List<CityScopeDto>> ApprovedCitiesAsync(CancellationToken ct)
    {
        var cities = await db.Cities.AsNoTracking().Where(c => c.Status == CityStatus.Approved)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct);
        return cities.Select(c => new CityScopeDto(c.Id, c.Name.Current))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Every organisation, by name in the reader's language: the ones a membership can name.</summary>
    public async Task<List<MembershipDto>> OrganisationsAsync(CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        return organisations.Select(o => new MembershipDto(o.Id, o.Name.Current))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ThenBy(o => o.OrganisationId).ToList();
    }

    private async Task<ILookup<Guid, string>> RolesOfAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ids.Contains(ur.UserId)
                          select new { ur.UserId, r.Name }).ToListAsync(ct);
        // The order of Roles.All (most powerful first) reads better than alphabetical.
        return rows.OrderBy(r => Array.IndexOf(Roles.All, r.Name)).ToLookup(r => r.UserId, r => r.Name ?? "");
    }

    private async Task<ILookup<Guid, CityScopeDto>> ScopesOfAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await (from s in db.CityScopes
                          join c in db.Cities on s.CityId equals c.Id
                          where ids.Contains(s.UserId)
                          select new { s.UserId, s.CityId, c.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name.Current, StringComparer.CurrentCulture)
            .ToLookup(r => r.UserId, r => new CityScopeDto(r.CityId, r.Name.Current));
    }

    private async Task<ILookup<Guid, MembershipDto>> MembershipsOfAsync(List<Guid> ids, CancellationToken ct)
    {
        var rows = await (from m in db.OrganisationMemberships
                          join o in db.Organisations on m.OrganisationId equals o.Id
                          where ids.Contains(m.UserId)
                          select new { m.UserId, m.OrganisationId, o.Name }).ToListAsync(ct);
        return rows.OrderBy(r => r.Name.Current, StringComparer.CurrentCulture)
            .ToLookup(r => r.UserId, r => new MembershipDto(r.OrganisationId, r.Name.Current));
    }
}
