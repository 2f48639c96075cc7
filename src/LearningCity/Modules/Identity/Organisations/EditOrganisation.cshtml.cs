using LearningCity.Common.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Organisations;

[Microsoft.AspNetCore.Authorization.Authorize(Policy = LearningCity.Common.Auth.Policies.Admin)]
public sealed class EditOrganisationModel(AppDbContext db, OrganisationEditing editing) : OrganisationFormPageModel
{
    [FromRoute] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null) return NotFound();
        Input = OrganisationInput.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Normalize();
        if (!ModelState.IsValid)
        {
            if (!await db.Organisations.AnyAsync(o => o.Id == Id, ct)) return NotFound();
            return Page();
        }
        var change = await editing.UpdateAsync(Id, Input, ct);
        if (Refused(change) is { } refused) return refused;
        TempData["Flash"] = "Organisations.Updated";
        return Redirect($"/admin/organisations/{Id}");
    }
}
