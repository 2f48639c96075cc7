using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Resources.Funding;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewFundingModel(FundingRules rules, PublisherAccess publishers, JsonStringLocalizer l, FundingEditing editing)
    : FundingFormPageModel(rules, publishers, l)
{
    [BindProperty] public bool PublishNow { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Publisher = Spaces.SpaceFormPageModel.KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        var (ok, applicants, types) = Validate();
        if (!ok) return Page();
        var item = await editing.CreateAsync(f => Input.ApplyTo(f, applicants, types), PublishNow, User, ct);
        TempData["Flash"] = PublishNow ? "Funding.Flash.Published" : "Funding.Flash.Draft";
        return Redirect($"/funding/{item.Id}");
    }
}
