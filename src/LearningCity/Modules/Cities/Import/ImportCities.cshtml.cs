using LearningCity.Common.Auth;
using LearningCity.Common.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Cities.Import;

[Authorize(Policy = Policies.Admin)]
public sealed class ImportCitiesModel(CityImporter importer, Common.Localization.JsonStringLocalizer l) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>"import" commits; anything else (the default button) is a dry run.</summary>
    [BindProperty] public string? Mode { get; set; }

    public ImportReport? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Cities.Import.NoFile"]);
            return Page();
        }
        var dryRun = !string.Equals(Mode, "import", StringComparison.Ordinal);
        await using var stream = Upload.OpenReadStream();
        Report = await importer.RunAsync(stream, dryRun, User, ct);
        if (!Report.Valid) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
