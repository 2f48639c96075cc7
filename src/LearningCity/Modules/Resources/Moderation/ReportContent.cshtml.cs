using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Moderation;

/// <summary>Where every "Report this item" form posts; also a page of its own (GET ?type=&amp;id=) so reporting works anywhere.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ReportContentModel(ContentModeration moderation, JsonStringLocalizer l) : PageModel
{
    [BindProperty] public ReportInput Input { get; set; } = new();

    public void OnGet(string? type, int? id)
    {
        Input.ContentType = type;
        Input.ContentId = id;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        var (outcome, _) = await moderation.ReportAsync(Input, User, ct);
        switch (outcome)
        {
            case ReportOutcome.Done:
                TempData["Flash"] = "Resources.Report.Thanks";
                return Redirect(ContentTypes.UrlOf(Input.ContentType!, Input.ContentId!.Value));
            case ReportOutcome.Duplicate:
                ModelState.AddModelError("", l["Resources.Report.Duplicate"]);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }
}
