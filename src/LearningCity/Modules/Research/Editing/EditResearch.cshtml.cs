using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Research.Editing;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditResearchModel(AppDbContext db, FileStore files, JsonStringLocalizer l, ResearchEditing editing)
    : ResearchFormPageModel(db, files, l)
{
    /// <summary>The version the form was loaded from; a save against an older one is a conflict.</summary>
    [BindProperty] public uint Version { get; set; }

    public ResearchItem Item { get; private set; } = null!;
    public override bool IsNew => false;
    public bool MayPublish => Item.Status != PublicationStatus.Published;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = ResearchInput.From<ResearchInput>(Item);
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input.Normalize();
        if (!ModelState.IsValid) return Page();
        if (Item.Version != Version) return Conflict(Item.Version);
        var (fileOk, file) = await SaveUploadAsync(ct);
        if (!fileOk) return Page();
        var save = await editing.UpdateAsync(Item, Input, Version, file, ct);
        if (save.Errors is not null)
        {
            AddErrors(save.Errors);
            return Page();
        }
        if (save.ConflictVersion is { } current) return Conflict(current);
        var publish = Publish && MayPublish;
        if (publish) await editing.SetStatusAsync(Item, PublicationStatus.Published, Item.Version, ct);
        TempData["Flash"] = publish ? "Research.Flash.Published" : "Research.Flash.Saved";
        return Redirect($"/research/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(User, item)) return NotFound();
        if (!ResearchAccess.CanEdit(User, item)) return StatusCode(StatusCodes.Status403Forbidden);
        Item = item;
        CurrentFile = item.FileOriginalName ?? item.FileName;
        await LoadChoicesAsync(ct);
        return null;
    }

    /// <summary>Someone saved first: keep everything the user typed, and let a second save overwrite knowingly.</summary>
    private IActionResult Conflict(uint currentVersion)
    {
        ModelState.Remove(nameof(Version));
        Version = currentVersion;
        ModelState.AddModelError("", L["Research.Error.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
