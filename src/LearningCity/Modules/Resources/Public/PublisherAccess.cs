using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

/// <summary>A publisher the signed-in user may act for: one of their cities or organisations.</summary>
public sealed record Publisher(int? CityId, int? OrganisationId, string Name);

/// <summary>
/// Who may publish what: an admin anything; a coordinator for the cities they are scoped to; an organizer
/// for the organisations they belong to. Read from the database on every call.
/// </summary>
public sealed class PublisherAccess(AppDbContext db, CityAccess cities)
{
    public async Task<bool> CanPublishForAsync(ClaimsPrincipal user, int? cityId, int? organisationId, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (cityId is null == organisationId is null) return false; // exactly one publisher
        if (CityAccess.IsAdmin(user)) return true;
        if (cityId is { } city) return await cities.CanEditAsync(user, city, ct);
        if (CityAccess.UserId(user) is not { } userId || !Privileges.Has(user, Roles.Organizer)) return false;
        return await db.OrganisationMemberships.AnyAsync(m => m.UserId == userId && m.OrganisationId == organisationId, ct);
    }

    public Task<bool> CanEditAsync(ClaimsPrincipal user, IPublishedItem item, CancellationToken ct = default) =>
        CanPublishForAsync(user, item.CityId, item.OrganisationId, ct);

    /// <summary>Published items are public; drafts and unpublished or removed items only to their publishers.</summary>
    public async Task<bool> CanViewAsync(ClaimsPrincipal user, IPublishedItem item, CancellationToken ct = default) =>
        item.Status == PublicationStatus.Published || await CanEditAsync(user, item, ct);

    /// <summary>The publishers this user may choose from in a form.</summary>
    public async Task<IReadOnlyList<Publisher>> PublishersForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true || CityAccess.UserId(user) is not { } userId) return [];
        var admin = CityAccess.IsAdmin(user);
        var cityIds = admin ? null : await cities.ScopedCityIdsAsync(user, ct);
        var cityQuery = db.Cities.AsNoTracking().Where(c => c.Status == Cities.Data.CityStatus.Approved);
        if (cityIds is not null) cityQuery = Privileges.Has(user, Roles.Coordinator) ? cityQuery.Where(c => cityIds.Contains(c.Id)) : cityQuery.Where(_ => false);
        var cityList = await cityQuery.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct);

        var orgQuery = db.Organisations.AsNoTracking();
        if (!admin)
            orgQuery = Privileges.Has(user, Roles.Organizer)
                ? orgQuery.Where(o => db.OrganisationMemberships.Any(m => m.UserId == userId && m.OrganisationId == o.Id))
                : orgQuery.Where(_ => false);
        var orgList = await orgQuery.OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(ct);

        return cityList.Select(c => new Publisher(c.Id, null, c.Name.Current))
            .Concat(orgList.Select(o => new Publisher(null, o.Id, o.Name.Current))).ToList();
    }
}
