using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Privacy;

/// <summary>The account itself: profile, consent to the terms, roles, city scopes and organisation memberships.</summary>
internal sealed class IdentityPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "account";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var roles = await (from ur in db.UserRoles.AsNoTracking() join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                           where ur.UserId == userId select r.Name).ToListAsync(ct);
        var cities = await db.CityScopes.AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.CityId, s.GrantedAt }).ToListAsync(ct);
        var organisations = await db.OrganisationMemberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.OrganisationId).ToListAsync(ct);
        return new
        {
            user.Id, user.Email, user.EmailConfirmed, user.DisplayName, user.PreferredLanguage, user.ProvinceCode, user.BirthYear,
            user.CreatedAt, termsAndPrivacyNoticeAcceptedAt = user.TermsAcceptedAt, twoFactorEnabled = user.TwoFactorEnabled,
            roles, coordinatorOfCities = cities, memberOfOrganisations = organisations,
        };
    }

    /// <summary>Scopes and memberships go with the user row (cascade); nothing else to anonymise here.</summary>
    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.CityScopes.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.OrganisationMemberships.Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
