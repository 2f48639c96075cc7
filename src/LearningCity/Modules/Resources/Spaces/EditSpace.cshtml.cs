using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditSpaceModel(AppDbContext db, SpaceRules rules, PublisherAccess publishers, FileStore files, JsonStringLocalizer l, SpaceEditing editing)
    : SpaceFormPageModel(db, rules, publishers, files, l)
{
    /// <summary>The version the form was loaded from; a save against an older one is a conflict.</summary>
    [BindProperty] public uint Version { get; set; }

    public LearningSpace Space { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = SpaceInput.From(Space);
        Publisher = KeyOf(Space.CityId, Space.OrganisationId);
        FacilitiesText = string.Join(", ", Space.Facilities);
        Accessibility = SpaceDto.Features(Space.Accessibility).Select(f => f.ToString()).ToList();
        FillDays(Space.OpeningHours);
        Version = Space.Version;
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        await LoadListsAsync(ct);
        var (ok, hours, features) = await ValidateAsync(ct);
        if (!ok) return Page();
        if (Space.Version != Version) return await ConflictAsync(id, ct);
        var (photosOk, photos) = await SavePhotosAsync(ct);
        if (!photosOk) return Page();
        var facilities = SpaceInput.ParseFacilities([FacilitiesText ?? ""]);
        var outcome = await editing.UpdateAsync(Space, Version, s =>
        {
            Input.ApplyTo(s, facilities, hours, features);
            s.Photos = s.Photos.Where(p => !RemovePhotos.Contains(p)).Concat(photos).ToList();
        }, ct);
        if (outcome == SaveOutcome.Conflict) return await ConflictAsync(id, ct);
        TempData["Flash"] = "Form.Saved";
        return Redirect($"/spaces/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var space = await Db.LearningSpaces.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (space is null) return NotFound();
        if (!await Access.CanEditAsync(User, space, ct))
            return space.Status == PublicationStatus.Published ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        Space = space;
        CurrentPhotos = space.Photos;
        return null;
    }

    /// <summary>Someone saved first: keep everything the user typed, and let a second save overwrite knowingly.</summary>
    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        Db.ChangeTracker.Clear();
        Space = await Db.LearningSpaces.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        CurrentPhotos = Space.Photos;
        ModelState.Remove(nameof(Version));
        Version = Space.Version;
        ModelState.AddModelError("", L["Spaces.Error.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
