using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>The activities of every publisher the user may act for, with links to each session's roster.</summary>
[Authorize]
public sealed class MyActivitiesModel(AppDbContext db, PublisherAccess publishers) : PageModel
{
    public IReadOnlyList<Activity> Activities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var mine = await publishers.PublishersForAsync(User, ct);
        if (mine.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        var cityIds = mine.Where(p => p.CityId is not null).Select(p => p.CityId).ToList();
        var orgIds = mine.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId).ToList();
        Activities = await db.Activities.AsNoTracking().Include(a => a.Sessions).AsSplitQuery()
            .Where(a => cityIds.Contains(a.CityId) || orgIds.Contains(a.OrganisationId))
            .OrderByDescending(a => a.UpdatedAt).Take(200).ToListAsync(ct);
        return Page();
    }
}
