using LearningCity.Common.Auth;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Library;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Import;

[Authorize(Policy = Policies.SignedIn)]
public sealed class ImportPageModel(PublisherAccess access, ImportSubmission submission, JsonStringLocalizer l) : PageModel
{
    /// <summary>"resource", "space" or "funding".</summary>
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "resource";
    /// <summary>"city:{id}" or "organisation:{id}", one of PublishersForAsync.</summary>
    [BindProperty] public string? Publisher { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool PublishNow { get; set; }
    /// <summary>"import" commits; anything else (the default button) is a dry run.</summary>
    [BindProperty] public string? Mode { get; set; }

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
        if (chosen is null) ModelState.AddModelError(nameof(Publisher), l["Validation.Required", l["Import.Publisher"]]);
        if (ImportKinds.Parse(Kind) is null) ModelState.AddModelError(nameof(Kind), l["Validation.Invalid", l["Import.Kind"]]);
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), l["Import.NoFile"]);
        else if (Upload.Length > ImportSubmission.MaxBytes) ModelState.AddModelError(nameof(Upload), l["Import.TooLarge", ImportSubmission.MaxBytes / 1024 / 1024]);
        if (!ModelState.IsValid || chosen is null || Upload is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var options = new ImportOptions(SelectedKind, new ImportTarget(chosen.CityId, chosen.OrganisationId),
            !string.Equals(Mode, "import", StringComparison.Ordinal), PublishNow);
        var outcome = await submission.SubmitAsync(options, await ImportApi.ReadAsync(Upload, ct), Upload.FileName, User, ct);
        if (outcome.JobId is { } job) return Redirect($"/import/jobs/{job}");
        Report = outcome.Report;
        if (Report is { Valid: false }) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
