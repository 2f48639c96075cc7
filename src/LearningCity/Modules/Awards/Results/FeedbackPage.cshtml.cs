using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Awards.Results;

/// <summary>/awards/applications/{id}/feedback: the panel's feedback for the city, after publication.</summary>
public sealed class FeedbackPageModel(FeedbackReport feedback) : PageModel
{
    public FeedbackReportDto Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (await feedback.ForAsync(id, User, ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
