using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Editing;

/// <summary>What the new-city and edit-city pages share: the input, the lists of the form and the logo upload.</summary>
public abstract class CityFormPageModel(AppDbContext db, CityRules rules, FileStore files) : PageModel
{
    protected AppDbContext Db { get; } = db;

    [BindProperty] public CityInput Input { get; set; } = new();
    [BindProperty] public IFormFile? Logo { get; set; }

    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<Province> Provinces { get; private set; } = [];
    public string? CurrentLogo { get; protected set; }
    public virtual bool ShowStatus => false;
    public virtual CityStatus? CurrentStatus => null;

    protected async Task LoadListsAsync(CancellationToken ct)
    {
        Regions = await Db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(ct);
        Provinces = await Db.Provinces.AsNoTracking().OrderBy(p => p.Name.Th).ToListAsync(ct);
    }

    /// <summary>Field checks from binding plus the database checks; false (with field errors) when invalid.</summary>
    protected async Task<bool> ValidateInputAsync(CancellationToken ct)
    {
        Input.Normalize();
        if (!ModelState.ContainsKey("Input.ProvinceCode") || ModelState["Input.ProvinceCode"]!.Errors.Count == 0)
        {
            if (await rules.ProvinceErrorAsync(Input, ct) is { } error)
                ModelState.AddModelError("Input.ProvinceCode", error);
        }
        return ModelState.IsValid;
    }

    /// <summary>Stores the uploaded logo, if any. Null when there is none; false (with a field error) when refused.</summary>
    protected async Task<(bool Ok, string? Name)> SaveLogoAsync(JsonStringLocalizer l, CancellationToken ct)
    {
        if (Logo is null) return (true, null);
        var (check, name) = await files.SaveImageAsync(Logo, ct);
        if (check == FileCheck.Ok) return (true, name);
        ModelState.AddModelError(nameof(Logo), l[$"Cities.Logo.{check}"]);
        return (false, null);
    }
}
