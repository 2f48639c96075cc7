using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Catalogue;

/// <summary>The items the user added, in every state, most recently changed first.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MyResearchModel(AppDbContext db) : PageModel
{
    public const int PageSize = 20;

    public bool CanCreate { get; private set; }
    public Paged<ResearchItem> Results { get; private set; } = new([], 1, PageSize, 0);
    public PagerModel Pager => PagerModel.From(Results);

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanCreate = ResearchAccess.CanCreate(User);
        var userId = CityAccess.UserId(User) ?? Guid.Empty;
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Results = await db.ResearchItems.AsNoTracking().Where(r => r.CreatedBy == userId && userId != Guid.Empty)
            .OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .ToPagedAsync(PageRequest.From(page, PageSize), ct);
    }
}
