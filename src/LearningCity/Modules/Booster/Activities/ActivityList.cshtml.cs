using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

public sealed class ActivityListModel(AppDbContext db, ISearchService search, PublisherAccess publishers, TimeProvider time) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public string? AgeGroup { get; set; }
    [BindProperty(SupportsGet = true)] public string? Mode { get; set; }
    [BindProperty(SupportsGet = true)] public string? Province { get; set; }
    [BindProperty(SupportsGet = true)] public string? Price { get; set; }
    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    [BindProperty(SupportsGet = true)] public int? City { get; set; }
    /// <summary>The name of the city filtered on, when the list came from a city's page.</summary>
    public string? CityName { get; private set; }

    public Paged<Activity> Results { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<Topic> Topics { get; private set; } = [];
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public Dictionary<string, string> ProvinceNames { get; private set; } = [];
    public DateTime Now { get; private set; }
    public bool CanCreate { get; private set; }
    public PagerModel Pager => PagerModel.From(Results, "#results");
    public int ActiveFilterCount => new object?[] { Q, Topic, AgeGroup, Mode, Province, Price, Level }
        .Count(v => v is not null && !(v is string text && string.IsNullOrWhiteSpace(text)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Now = time.GetUtcNow().UtcDateTime;
        Provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Name.Th).ToListAsync(ct);
        ProvinceNames = Provinces.ToDictionary(p => p.Code, p => p.Name.Current);
        Results = await ActivityQuery.PageAsync(db, search, new ActivityFilter(Q, Topic, AgeGroup, Mode, Province, Price, Level) { CityId = City },
            PageRequest.From(page, PageSize), Now, ct);
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        if (isHtmx) return Partial("_ActivityResults", this);
        if (City is { } cityId)
            CityName = (await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).FirstOrDefaultAsync(ct))?.Current;
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        CanCreate = (await publishers.PublishersForAsync(User, ct)).Count > 0;
        return Page();
    }

    public static ActivitySession? NextSession(Activity a, DateTime now) =>
        a.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > now).MinBy(s => s.StartsAt);
}
