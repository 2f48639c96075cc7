using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Organisations;

[Authorize(Policy = Policies.Admin)]
public sealed class OrganisationDetailModel(OrganisationCatalog catalog) : PageModel
{
    [FromRoute] public int Id { get; set; }

    public OrganisationDetailDto Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await catalog.FindAsync(Id, ct) is not { } organisation) return NotFound();
        Organisation = organisation;
        return Page();
    }
}
