using LearningCity.Common.Api;
using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Organisations;

/// <summary>Read side of partner organisations: the admin list and detail, the choices of a membership, the public list.</summary>
public sealed class OrganisationCatalog(AppDbContext db)
{
    public async Task<Paged<OrganisationSummaryDto>> SearchAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Thai has no letter case; English names are compared lower-cased, the same on both databases.
            var text = q.Trim();
            var lower = text.ToLowerInvariant();
            organisations = organisations.Where(o => o.Name.Th.Contains(text) || (o.Name.En != null && o.Name.En.ToLower().Contains(lower)));
        }
        var found = await organisations.OrderBy(o => o.Name.Th).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.Id, o.Name, o.Website, o.IsDemo,
                Members = db.OrganisationMemberships.Count(m => m.OrganisationId == o.Id),
            })
            .ToPagedAsync(page, ct);
        return found.Map(o => new OrganisationSummaryDto(o.Id, o.Name.Th, o.Name.En, o.Name.Current, o.Website, o.Members, o.IsDemo));
    }

    public async Task<OrganisationDetailDto?> FindAsync(int id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return null;
        var members = await (from m in db.OrganisationMemberships
                             join u in db.Users on m.UserId equals u.Id
                             where m.OrganisationId == id
                             orderby u.NormalizedEmail, u.Id
                             select new OrganisationMemberDto(u.Id, u.Email ?? "", u.DisplayName, m.GrantedAt)).ToArrayAsync(ct);
        return new OrganisationDetailDto(organisation.Id, organisation.Name.Th, organisation.Name.En, organisation.Name.Current,
            organisation.Website, organisation.IsDemo, organisation.CreatedAt, members, organisation.Version);
    }

    /// <summary>Every organisation, by name in the reader's language: the public list and the choices of a membership.</summary>
    public async Task<List<PublicOrganisationDto>> AllAsync(CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Website }).ToListAsync(ct);
        return rows.Select(o => new PublicOrganisationDto(o.Id, o.Name.Th, o.Name.En, o.Name.Current, o.Website))
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ThenBy(o => o.Id).ToList();
    }
}
