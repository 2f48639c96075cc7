using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Files;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Library;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Import;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ImportPageModel(PublisherAccess access, ImportSubmission submission, StagedUploads staged, JsonStringLocalizer l) : PageModel
{
    /// <summary>"resource", "space" or "funding".</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; } = "resource";
    /// <summary>"city:{id}" or "organisation:{id}", one of PublishersForAsync.</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool PublishNow { get; set; }
    /// <summary>"import" commits; anything else (the default button) is a dry run.</summary>
    [BindProperty] public string? Mode { get; set; }
    /// <summary>The file checked by the dry run, kept on the server, so that "import" needs no second upload.</summary>
    [BindProperty] public string? Staged { get; set; }
    public string? StagedFileName { get; private set; }

    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];
    public ImportReport? Report { get; private set; }
    public ImportKind SelectedKind => ImportKinds.Parse(Kind) ?? ImportKind.Resource;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Publishers = await access.PublishersForAsync(User, ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Kind = SelectedKind.Slug();
        Publisher = ResourceFormPageModel.KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Publishers = await access.PublishersForAsync(User, ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        var chosen = Publishers.FirstOrDefault(p => ResourceFormPageModel.KeyOf(p.CityId, p.OrganisationId) == Publisher);
        if (chosen is null && !string.IsNullOrEmpty(Publisher)) return StatusCode(StatusCodes.Status403Forbidden);
        if (chosen is null) ModelState.AddModelError(nameof(Publisher), l["Validation.Choose", l["Import.Publisher"]]);
        if (ImportKinds.Parse(Kind) is null) ModelState.AddModelError(nameof(Kind), l["Validation.Invalid", l["Import.Kind"]]);
        var owner = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var kept = Upload is { Length: > 0 } ? null : await staged.FindAsync(Staged, owner, ct);
        if (Upload is not { Length: > 0 } && kept is null)
            ModelState.AddModelError(nameof(Upload), l[string.IsNullOrEmpty(Staged) ? "Import.NoFile" : "Import.StagedExpired"]);
        else if (Upload is { Length: > ImportSubmission.MaxBytes }) ModelState.AddModelError(nameof(Upload), l["Import.TooLarge", ImportSubmission.MaxBytes / 1024 / 1024]);
        ModelState.Remove(nameof(Staged));
        if (!ModelState.IsValid || chosen is null)
        {
            if (kept is null) Staged = null;
            else StagedFileName = kept.FileName;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (content, fileName) = Upload is { Length: > 0 } ? (await ImportApi.ReadAsync(Upload, ct), Upload.FileName) : (kept!.Content, kept.FileName);
        var dryRun = !string.Equals(Mode, "import", StringComparison.Ordinal);
        var options = new ImportOptions(SelectedKind, new ImportTarget(chosen.CityId, chosen.OrganisationId), dryRun, PublishNow);
        var outcome = await submission.SubmitAsync(options, content, fileName, User, ct);
        if (Upload is { Length: > 0 } || !dryRun) staged.Discard(Staged);
        Staged = null;
        if (outcome.JobId is { } job) return Redirect($"/import/jobs/{job}");
        Report = outcome.Report;
        if (dryRun && Report is { Valid: true })
        {
            Staged = kept?.Token ?? await staged.StageAsync(content, fileName, owner, ct);
            StagedFileName = Path.GetFileName(fileName);
        }
        else if (kept is not null) staged.Discard(kept.Token);
        if (Report is { Valid: false }) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
