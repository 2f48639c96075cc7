using LearningCity.Common.Web;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

public sealed class SpaceDetailModel(AppDbContext db, PublisherAccess access, SpaceEditing editing, TimeProvider time, SiteAddress site) : PageModel
{
    public LearningSpace Space { get; private set; } = null!;
    public Province Province { get; private set; } = null!;
    public BilingualText? CityName { get; private set; }
    public BilingualText? OrganisationName { get; private set; }
    public bool OpenNow { get; private set; }
    public bool CanEdit { get; private set; }
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        Province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == Space.ProvinceCode, ct);
        if (Space.CityId is { } cityId)
            CityName = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (Space.OrganisationId is { } orgId)
            OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        OpenNow = ThaiClock.IsOpenAt(Space.OpeningHours, ThaiClock.Now(time));
        var url = site.Absolute($"/spaces/{Space.Id}");
        JsonLd = StructuredData.Serialize(StructuredData.Place(Space, url, CityName?.Current));
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Published, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Unpublished, ct);

    private async Task<IActionResult> SetStatusAsync(int id, PublicationStatus status, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        var outcome = await editing.SetStatusAsync(Space, status, User, ct);
        if (outcome != SaveOutcome.Saved) return StatusCode(outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden);
        TempData["Flash"] = status == PublicationStatus.Published ? "Spaces.Flash.Published" : "Spaces.Flash.Unpublished";
        return Redirect($"/spaces/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var space = await db.LearningSpaces.FirstOrDefaultAsync(s => s.Id == id, ct);
        // Drafts do not exist for the public: 404, not 403, so nothing leaks.
        if (space is null || !await access.CanViewAsync(User, space, ct)) return NotFound();
        Space = space;
        CanEdit = await access.CanEditAsync(User, space, ct);
        return null;
    }
}
