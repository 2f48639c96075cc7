using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Resources.Library;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewResourceModel(AppDbContext db, PublisherAccess access, FileStore files, JsonStringLocalizer l, ResourceEditing editing)
    : ResourceFormPageModel(db, access, files, l)
{
    public override bool IsNew => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct)) return StatusCode(StatusCodes.Status403Forbidden);
        Publisher ??= Publishers.Count == 1 ? KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct)) return StatusCode(StatusCodes.Status403Forbidden);
        if (PublisherRefused) return StatusCode(StatusCodes.Status403Forbidden);
        Input.Normalize();
        var publisher = ChosenPublisher();
        if (!ModelState.IsValid || publisher is not { } p) return Page();
        var (fileOk, file, original) = await SaveUploadAsync(ct);
        if (!fileOk) return Page();
        var save = await editing.CreateAsync(Input, p.City, p.Organisation, file, original, User, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors);
            return Page();
        }
        var resource = save.Resource!;
        if (Publish) await editing.PublishAsync(resource, resource.Version, ct);
        TempData["Flash"] = Publish ? "Resources.Flash.Published" : "Resources.Flash.Saved";
        return Redirect($"/resources/{resource.Id}");
    }
}
