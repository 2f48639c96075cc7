using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Resources.Spaces;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewSpaceModel(AppDbContext db, SpaceRules rules, PublisherAccess publishers, FileStore files, JsonStringLocalizer l, SpaceEditing editing)
    : SpaceFormPageModel(db, rules, publishers, files, l)
{
    [BindProperty] public bool PublishNow { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Publisher = KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId);
        FillDays([]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        var (ok, hours, features) = await ValidateAsync(ct);
        if (!ok) return Page();
        var (photosOk, photos) = await SavePhotosAsync(ct);
        if (!photosOk) return Page();
        var facilities = SpaceInput.ParseFacilities([FacilitiesText ?? ""]);
        var space = await editing.CreateAsync(s =>
        {
            Input.ApplyTo(s, facilities, hours, features);
            s.Photos = photos;
        }, PublishNow, User, ct);
        TempData["Flash"] = PublishNow ? "Spaces.Flash.Published" : "Spaces.Flash.Draft";
        return Redirect($"/spaces/{space.Id}");
    }
}
