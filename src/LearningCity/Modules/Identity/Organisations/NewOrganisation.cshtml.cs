using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Identity.Organisations;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = LearningCity.Common.Auth.Policies.Admin)]
public sealed class NewOrganisationModel(OrganisationEditing editing) : OrganisationFormPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        var change = await editing.CreateAsync(Input, ct);
        if (Refused(change) is { } refused) return refused;
        TempData["Flash"] = "Organisations.Created";
        return Redirect($"/admin/organisations/{change.Id}");
    }
}
