using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Modules.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Organisations;

[Authorize(Policy = Policies.Admin)]
public sealed class OrganisationsIndexModel(OrganisationCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true), MaxLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Organisations.Search")]
    public string? Q { get; set; }

    // From the query only: Razor Pages also has a route value called "page" (the page's own name).
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<OrganisationSummaryDto> Organisations { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public PagerModel Pager => PagerModel.From(Organisations);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return;
        Organisations = await catalog.SearchAsync(Q, PageRequest.From(PageNumber, PageRequest.DefaultSize), ct);
    }
}
