using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Files;
using LearningCity.Common.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Cities.Import;

[Authorize(Policy = Policies.Admin)]
public sealed class ImportCitiesModel(CityImporter importer, StagedUploads staged, Common.Localization.JsonStringLocalizer l) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>"import" commits; anything else (the default button) is a dry run.</summary>
    [BindProperty] public string? Mode { get; set; }
    /// <summary>The file checked by the dry run, kept on the server, so that "import" needs no second upload.</summary>
    [BindProperty] public string? Staged { get; set; }

    public ImportReport? Report { get; private set; }
    public string? StagedFileName { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var owner = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        byte[] content;
        string fileName;
        if (Upload is { Length: > 0 })
        {
            using var buffer = new MemoryStream();
            await using (var input = Upload.OpenReadStream()) await input.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
            fileName = Upload.FileName;
            staged.Discard(Staged);
        }
        else if (await staged.FindAsync(Staged, owner, ct) is { } kept)
        {
            (content, fileName) = (kept.Content, kept.FileName);
        }
        else
        {
            ModelState.AddModelError(nameof(Upload), l[string.IsNullOrEmpty(Staged) ? "Cities.Import.NoFile" : "Cities.Import.StagedExpired"]);
            Staged = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var dryRun = !string.Equals(Mode, "import", StringComparison.Ordinal);
        using (var stream = new MemoryStream(content, writable: false))
            Report = await importer.RunAsync(stream, dryRun, User, ct);
        if (dryRun && Report.Valid)
        {
            // Keep the checked file for the import button; a new dry run with a new file replaces it.
            Staged = Upload is { Length: > 0 } || Staged is null ? await staged.StageAsync(content, fileName, owner, ct) : Staged;
            StagedFileName = Path.GetFileName(fileName);
        }
        else
        {
            staged.Discard(Staged);
            Staged = null;
        }
        ModelState.Remove(nameof(Staged));
        if (!Report.Valid) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
