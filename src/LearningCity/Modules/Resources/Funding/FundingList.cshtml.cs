using System.Globalization;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Funding;

public sealed class FundingListModel(AppDbContext db, PublisherAccess publishers, TimeProvider time) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)] public string? Applicant { get; set; }
    [BindProperty(SupportsGet = true)] public string? LocalGovernmentType { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? Amount { get; set; }

    public Paged<FundingSource> Results { get; private set; } = new([], 1, PageSize, 0);
    public DateOnly Today { get; private set; }
    public bool CanCreate { get; private set; }
    public PagerModel Pager => PagerModel.From(Results, "#results");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An amount that is not a number is ignored rather than answered with an error page.
        if (!ModelState.IsValid) Amount = null;
        int? page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Today = ThaiClock.Today(time);
        var all = await FundingQuery.PublishedAsync(db, new FundingFilter(Applicant, LocalGovernmentType, Open, Amount), Today, ct);
        Results = FundingQuery.Page(all, PageRequest.From(page, PageSize));
        CanCreate = (await publishers.PublishersForAsync(User, ct)).Count > 0;
        var isHtmx = Request.Headers["HX-Request"] == "true" && Request.Headers["HX-History-Restore-Request"] != "true";
        return isHtmx ? Partial("_FundingResults", this) : Page();
    }
}
