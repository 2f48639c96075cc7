using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Editing;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditCityModel(AppDbContext db, CityRules rules, FileStore files, CityAccess access, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
    : CityFormPageModel(db, rules, files)
{
    /// <summary>The version the form was loaded from; a save against an older one is a conflict.</summary>
    [BindProperty] public uint Version { get; set; }
    /// <summary>Only admins see and may change the status.</summary>
    [BindProperty] public CityStatus? Status { get; set; }

    public City City { get; private set; } = null!;
    public bool Conflict { get; private set; }
    public override bool ShowStatus => CityAccess.IsAdmin(User);
    public override CityStatus? CurrentStatus => Status ?? City.Status;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = CityInput.From(City, Cultures.IsThai);
        Version = City.Version;
        Status = City.Status;
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!await ValidateInputAsync(ct)) return await ShowAgainAsync(ct);
        if (City.Version != Version) return await ConflictAsync(ct);
        var (logoOk, logo) = await SaveLogoAsync(l, ct);
        if (!logoOk) return await ShowAgainAsync(ct);

        var before = CitySnapshot.Of(City);
        Input.ApplyTo(City);
        if (logo is not null) City.LogoFile = logo;
        if (CityAccess.IsAdmin(User) && Status is { } status && Enum.IsDefined(status)) City.Status = status;
        City.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // The row is updated only if it still has the version the form was loaded from.
        Db.Entry(City).Property(c => c.Version).OriginalValue = Version;
        City.Version = Version + 1;
        audit.Record("city.update", "City", City.Id, before, CitySnapshot.Of(City));
        SearchChanges.Record(Db, "city", City.Id);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            City = await Db.Cities.AsNoTracking().FirstAsync(c => c.Id == id, ct);
            return await ConflictAsync(ct);
        }
        TempData["Flash"] = "Form.Saved";
        return Redirect($"/cities/{City.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var city = await Db.Cities.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (city is null) return NotFound();
        if (!await access.CanEditAsync(User, id, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        City = city;
        CurrentLogo = city.LogoFile;
        return null;
    }

    /// <summary>Someone saved first: keep everything the user typed, and let a second save overwrite knowingly.</summary>
    private async Task<IActionResult> ConflictAsync(CancellationToken ct)
    {
        Conflict = true;
        ModelState.Remove(nameof(Version));
        Version = City.Version;
        ModelState.AddModelError("", l["Cities.Edit.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await ShowAgainAsync(ct);
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Page();
    }
}
