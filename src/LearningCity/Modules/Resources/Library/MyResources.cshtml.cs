using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>Everything the user's cities and organisations have, in every state, most recently changed first.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MyResourcesModel(AppDbContext db, PublisherAccess access, ResourceNames names) : PageModel
{
    public const int PageSize = 20;

    public bool HasPublishers { get; private set; }
    public Paged<LearningResource> Results { get; private set; } = new([], 1, PageSize, 0);
    public ResourceNames Names => names;
    public PagerModel Pager => PagerModel.From(Results);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var publishers = await access.PublishersForAsync(User, ct);
        HasPublishers = publishers.Count > 0;
        var cityIds = publishers.Where(p => p.CityId is not null).Select(p => p.CityId).ToList();
        var orgIds = publishers.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId).ToList();
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Results = await db.LearningResources.AsNoTracking().Include(r => r.Topics)
            .Where(r => cityIds.Contains(r.CityId) || orgIds.Contains(r.OrganisationId))
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .ToPagedAsync(PageRequest.From(page, PageSize), ct);
        await names.LoadAsync(Results.Items, ct);
    }
}
