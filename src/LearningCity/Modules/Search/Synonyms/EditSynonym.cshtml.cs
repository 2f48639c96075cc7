using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Search.Synonyms;

[Authorize(Policy = Policies.Admin)]
public sealed class EditSynonymModel(SynonymCatalog catalog, SynonymEditing editing) : PageModel
{
    [FromRoute] public int Id { get; set; }

    [BindProperty, Display(Name = SynonymLine.FieldKey)]
    public string? Line { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await catalog.FindAsync(Id, ct) is not { } synonym) return NotFound();
        Line = synonym.Line;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var change = await editing.UpdateAsync(Id, Line, ct);
        switch (change.Outcome)
        {
            case SynonymOutcome.Saved:
                TempData["Flash"] = "Search.Synonyms.Updated";
                return Redirect($"/admin/search/synonyms#synonym-{Id}");
            case SynonymOutcome.NotFound:
                return NotFound();
            default:
                ModelState.AddModelError(nameof(Line), change.Message!);
                if (change.Outcome == SynonymOutcome.Duplicate) Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var change = await editing.DeleteAsync(Id, ct);
        if (change.Outcome == SynonymOutcome.NotFound) return NotFound();
        TempData["Flash"] = "Search.Synonyms.Deleted";
        return Redirect("/admin/search/synonyms");
    }
}
