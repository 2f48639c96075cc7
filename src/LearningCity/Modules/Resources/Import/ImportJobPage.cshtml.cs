using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Modules.Resources.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

/// <summary>The progress of a background import; htmx refreshes the progress fragment every second until the job ends.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ImportJobPageModel(AppDbContext db) : PageModel
{
    public ImportJob Job { get; private set; } = new();
    public ImportReport? Report { get; private set; }
    public bool Finished => Job.Status is ImportJobStatus.Done or ImportJobStatus.Failed;
    public int Percent => Job.Total == 0 ? 0 : (int)Math.Round(100.0 * Job.Processed / Job.Total);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>Just the progress fragment (for htmx polling).</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Partial("_ImportJobProgress", this);

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        // The uploaded file is not needed here, so it is not read.
        var job = await db.Set<ImportJob>().AsNoTracking().Where(j => j.Id == id).Select(j => new ImportJob
        {
            Id = j.Id, Kind = j.Kind, CityId = j.CityId, OrganisationId = j.OrganisationId, DryRun = j.DryRun, Publish = j.Publish,
            Status = j.Status, Total = j.Total, Processed = j.Processed, Imported = j.Imported, ReportJson = j.ReportJson,
            FileName = j.FileName, CreatedBy = j.CreatedBy, CreatedAt = j.CreatedAt, FinishedAt = j.FinishedAt,
        }).FirstOrDefaultAsync(ct);
        if (job is null) return NotFound();
        if (!ImportSubmission.MaySee(job, User)) return StatusCode(StatusCodes.Status403Forbidden);
        Job = job;
        Report = ImportApi.ReportOf(job);
        return null;
    }
}
