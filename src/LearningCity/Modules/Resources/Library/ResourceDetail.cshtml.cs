using LearningCity.Common.Web;
using LearningCity.Common.Content;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Library;

public sealed class ResourceDetailModel(ResourceEditing editing, PublisherAccess access, ResourceNames names, MarkdownRenderer markdown, SiteAddress site,
    JsonStringLocalizer l) : PageModel
{
    public LearningResource Resource { get; private set; } = null!;
    public ResourceNames Names => names;
    public string BodyHtml { get; private set; } = "";
    public string JsonLd { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public bool CanPublish => CanEdit && ResourceEditing.MayPublish(Resource, User);
    public string? StatusError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(int id, uint version, CancellationToken ct) => ChangeStatusAsync(id, version, publish: true, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, uint version, CancellationToken ct) => ChangeStatusAsync(id, version, publish: false, ct);

    private async Task<IActionResult> ChangeStatusAsync(int id, uint version, bool publish, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanEdit || (publish && !ResourceEditing.MayPublish(Resource, User) && Resource.Status == PublicationStatus.Removed))
            return StatusCode(StatusCodes.Status403Forbidden);
        if (publish ? Resource.Status == PublicationStatus.Published : Resource.Status != PublicationStatus.Published)
            return Redirect($"/resources/{id}");
        var save = publish ? await editing.PublishAsync(Resource, version, ct) : await editing.UnpublishAsync(Resource, version, ct);
        if (save.ConflictVersion is not null)
        {
            await LoadAsync(id, ct);
            StatusError = l["Resources.Edit.Conflict"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Flash"] = publish ? "Resources.Flash.Published" : "Resources.Flash.Unpublished";
        return Redirect($"/resources/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var resource = await editing.FindAsync(id, ct);
        if (resource is null || !await access.CanViewAsync(User, resource, ct)) return false;
        Resource = resource;
        CanEdit = await access.CanEditAsync(User, resource, ct);
        await names.LoadAsync([resource], ct);
        BodyHtml = markdown.ToSafeHtml(resource.Body.Current);
        var baseUrl = site.Origin;
        JsonLd = ResourceJsonLd.For(resource, names.Publisher(resource), names.TopicsOf(resource), $"{baseUrl}/resources/{id}",
            resource.FileName is null ? null : $"{baseUrl}/resources/{id}/file");
        return true;
    }
}
