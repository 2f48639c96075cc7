using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Moderation;

[Authorize(Policy = Policies.Admin)]
public sealed class AdminReportsModel(ContentModeration moderation) : PageModel
{
    public IReadOnlyList<OpenReportDto> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reports = await moderation.OpenReportsAsync(ct);

    public async Task<IActionResult> OnPostDismissAsync(long reportId, string? note, CancellationToken ct) =>
        Done(await moderation.DismissAsync(reportId, Trim(note), User, ct), "Resources.Report.Dismissed");

    public async Task<IActionResult> OnPostRemoveAsync(long reportId, string? note, CancellationToken ct) =>
        Done(await moderation.RemoveContentAsync(reportId, Trim(note), User, ct), "Resources.Report.Removed");

    private IActionResult Done(ReportOutcome outcome, string flash)
    {
        if (outcome == ReportOutcome.ReportNotFound) return NotFound();
        TempData["Flash"] = outcome == ReportOutcome.Done ? flash : "Resources.Report.NotOpen";
        return Redirect("/admin/reports");
    }

    private static string? Trim(string? note) => note is { Length: > 2000 } ? note[..2000] : note;
}
