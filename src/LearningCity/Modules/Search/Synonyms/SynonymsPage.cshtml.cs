using System.ComponentModel.DataAnnotations;
using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>The synonym rules of the search: the built-in ones to read, the admins' to add, change and delete, and a box to try words.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class SynonymsPageModel(SynonymCatalog catalog, SynonymEditing editing) : PageModel
{
    [BindProperty, Display(Name = SynonymLine.FieldKey)]
    public string? Line { get; set; }

    [BindProperty(SupportsGet = true, Name = "try"), MaxLength(SynonymTrial.MaxChars, ErrorMessage = "Validation.MaxLength"), Display(Name = "Search.Synonyms.Try.Field")]
    public string? Try { get; set; }

    public IReadOnlyList<SynonymRuleDto> BuiltIn => SynonymCatalog.BuiltIn;

    public IReadOnlyList<AdminSynonymDto> Admin { get; private set; } = [];

    /// <summary>Null when nothing was tried.</summary>
    public IReadOnlyList<SynonymMatch>? Matches { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Admin = await catalog.AdminAsync(ct);
        if (!string.IsNullOrWhiteSpace(Try) && ModelState.IsValid) Matches = SynonymTrial.Apply(await catalog.InForceAsync(ct), Try);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var change = await editing.CreateAsync(Line, ct);
        if (change.Outcome == SynonymOutcome.Saved)
        {
            TempData["Flash"] = "Search.Synonyms.Added";
            return Redirect($"/admin/search/synonyms#synonym-{change.Id}");
        }
        // What was typed stays in the field (ModelState keeps it), with the reason next to it.
        ModelState.AddModelError(nameof(Line), change.Message!);
        if (change.Outcome == SynonymOutcome.Duplicate) Response.StatusCode = StatusCodes.Status409Conflict;
        Try = null;
        Admin = await catalog.AdminAsync(ct);
        return Page();
    }
}
