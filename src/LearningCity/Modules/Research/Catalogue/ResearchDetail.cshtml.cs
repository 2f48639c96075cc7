using LearningCity.Common.Web;
using LearningCity.Common.Localization;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Research.Catalogue;

public sealed class ResearchDetailModel(ResearchEditing editing, ResearchCityNames names, JsonStringLocalizer l, SiteAddress site) : PageModel
{
    public ResearchItem Item { get; private set; } = null!;
    public ResearchCityNames Names => names;
    public string JsonLd { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public string? StatusError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id, uint version, CancellationToken ct) =>
        ChangeAsync(id, version, PublicationStatus.Published, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, uint version, CancellationToken ct) =>
        ChangeAsync(id, version, PublicationStatus.Unpublished, ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, uint version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        var save = await editing.DeleteAsync(Item, version, ct);
        if (save.ConflictVersion is not null) return await ConflictAsync(id, ct);
        TempData["Flash"] = "Research.Flash.Deleted";
        return Redirect("/research/mine");
    }

    private async Task<IActionResult> ChangeAsync(int id, uint version, PublicationStatus status, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        if ((status == PublicationStatus.Published) == (Item.Status == PublicationStatus.Published)) return Redirect($"/research/{id}");
        var save = await editing.SetStatusAsync(Item, status, version, ct);
        if (save.ConflictVersion is not null) return await ConflictAsync(id, ct);
        TempData["Flash"] = status == PublicationStatus.Published ? "Research.Flash.Published" : "Research.Flash.Unpublished";
        return Redirect($"/research/{id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        StatusError = l["Research.Error.Conflict"];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(User, item)) return false;
        Item = item;
        CanEdit = ResearchAccess.CanEdit(User, item);
        await names.LoadAsync([item], ct);
        var baseUrl = site.Origin;
        JsonLd = ResearchJsonLd.For(item, names.CitiesOf(item).Select(c => c.Name.Th), baseUrl + ResearchLinks.Page(id),
            ResearchLinks.File(item) is { } file ? baseUrl + file : null);
        return true;
    }
}
