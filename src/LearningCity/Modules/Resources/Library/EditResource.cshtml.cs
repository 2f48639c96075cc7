using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Resources.Library;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditResourceModel(AppDbContext db, PublisherAccess access, FileStore files, JsonStringLocalizer l, ResourceEditing editing)
    : ResourceFormPageModel(db, access, files, l)
{
    /// <summary>The version the form was loaded from; a save against an older one is a conflict.</summary>
    [BindProperty] public uint Version { get; set; }

    public LearningResource Resource { get; private set; } = null!;
    public override bool IsNew => false;
    public bool MayPublish => ResourceEditing.MayPublish(Resource, User);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = ResourceInput.From<ResourceInput>(Resource, Topics.Where(t => Resource.Topics.Any(rt => rt.TopicId == t.Id)).Select(t => t.Slug));
        Publisher = KeyOf(Resource.CityId, Resource.OrganisationId);
        Version = Resource.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (PublisherRefused) return StatusCode(StatusCodes.Status403Forbidden);
        Input.Normalize();
        var publisher = ChosenPublisher();
        if (!ModelState.IsValid || publisher is not { } p) return Page();
        if (Resource.Version != Version) return Conflict(Resource.Version);
        var (fileOk, file, original) = await SaveUploadAsync(ct);
        if (!fileOk) return Page();
        var save = await editing.UpdateAsync(Resource, Input, Version, p, file, original, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors);
            return Page();
        }
        if (save.ConflictVersion is { } current) return Conflict(current);
        if (Publish && ResourceEditing.MayPublish(Resource, User)) await editing.PublishAsync(Resource, Resource.Version, ct);
        TempData["Flash"] = Publish ? "Resources.Flash.Published" : "Resources.Flash.Saved";
        return Redirect($"/resources/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var resource = await editing.FindAsync(id, ct);
        if (resource is null || !await Access.CanViewAsync(User, resource, ct)) return NotFound();
        if (!await Access.CanEditAsync(User, resource, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        Resource = resource;
        CurrentFile = resource.FileOriginalName ?? resource.FileName;
        await LoadListsAsync(ct);
        return null;
    }

    /// <summary>Someone saved first: keep everything the user typed, and let a second save overwrite knowingly.</summary>
    private IActionResult Conflict(uint currentVersion)
    {
        ModelState.Remove(nameof(Version));
        Version = currentVersion;
        ModelState.AddModelError("", L["Resources.Edit.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
