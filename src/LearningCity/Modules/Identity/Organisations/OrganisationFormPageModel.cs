using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Identity.Organisations;

/// <summary>What the new and edit pages share: the input and how a refused save is shown.</summary>
[Authorize(Policy = Policies.Admin)]
public abstract class OrganisationFormPageModel : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();

    /// <summary>Null when saved; otherwise the page again with the refusal as a field error.</summary>
    protected IActionResult? Refused(OrganisationChange change)
    {
        switch (change.Outcome)
        {
            case OrganisationOutcome.NotFound:
                return NotFound();
            case OrganisationOutcome.DuplicateName:
                ModelState.AddModelError($"{nameof(Input)}.{nameof(OrganisationInput.NameTh)}", change.Message!);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case OrganisationOutcome.ChangedMeanwhile:
                // What was typed stays; saving again now overwrites the other change knowingly.
                ModelState.AddModelError("", change.Message!);
                ModelState.Remove($"{nameof(Input)}.{nameof(OrganisationInput.Version)}");
                Input.Version = change.CurrentVersion;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return null;
        }
    }
}
