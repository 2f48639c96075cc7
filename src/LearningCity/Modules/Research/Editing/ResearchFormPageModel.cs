using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Research.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Editing;

/// <summary>What the new and edit pages share: the input, the city choices and the file upload.</summary>
public abstract class ResearchFormPageModel(AppDbContext db, FileStore files, JsonStringLocalizer l) : PageModel
{
    [BindProperty] public ResearchInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>Set by the "save and publish" button.</summary>
    [BindProperty] public bool Publish { get; set; }

    /// <summary>Approved learning cities, by name: the choices of "cities covered".</summary>
    public IReadOnlyList<(int Id, BilingualText Name)> CityChoices { get; private set; } = [];
    public string? CurrentFile { get; protected set; }
    public abstract bool IsNew { get; }
    protected JsonStringLocalizer L => l;

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        CityChoices = (await db.Cities.AsNoTracking().Where(c => c.Status == CityStatus.Approved).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).OrderBy(c => c.Name.Current, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, false)).ToList();

    protected void AddErrors(Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }

    /// <summary>Stores the uploaded file, if any: (true, null) when there is none; false (with a field error) when refused.</summary>
    protected async Task<(bool Ok, StoredUpload? File)> SaveUploadAsync(CancellationToken ct)
    {
        if (Upload is null) return (true, null);
        var (check, name) = await files.SaveDocumentAsync(Upload, ResearchFile.AllowedExtensions, ct);
        if (check == FileCheck.Ok) return (true, new StoredUpload(name!, Path.GetFileName(Upload.FileName)));
        ModelState.AddModelError(nameof(Upload), l[$"Research.File.{check}"]);
        return (false, null);
    }
}
