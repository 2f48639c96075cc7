using LearningCity.Common.Web;
using System.Text.Json.Nodes;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;

public sealed class FundingDetailModel(AppDbContext db, PublisherAccess access, FundingEditing editing, TimeProvider time, SiteAddress site) : PageModel
{
    public FundingSource Item { get; private set; } = null!;
    public bool IsOpen { get; private set; }
    public bool CanEdit { get; private set; }
    public BilingualText? CityName { get; private set; }
    public BilingualText? OrganisationName { get; private set; }
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        IsOpen = Item.IsOpenOn(ThaiClock.Today(time));
        if (Item.CityId is { } cityId)
            CityName = await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (Item.OrganisationId is { } orgId)
            OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == orgId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        JsonLd = StructuredData.Serialize(Grant(Item, site.Absolute($"/funding/{Item.Id}")));
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Published, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Unpublished, ct);

    private async Task<IActionResult> SetStatusAsync(int id, PublicationStatus status, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        var outcome = await editing.SetStatusAsync(Item, status, User, ct);
        if (outcome != SaveOutcome.Saved) return StatusCode(outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden);
        TempData["Flash"] = status == PublicationStatus.Published ? "Funding.Flash.Published" : "Funding.Flash.Unpublished";
        return Redirect($"/funding/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.FundingSources.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null || !await access.CanViewAsync(User, item, ct)) return NotFound();
        Item = item;
        CanEdit = await access.CanEditAsync(User, item, ct);
        return null;
    }

    /// <summary>schema.org MonetaryGrant: the funder as an Organization, the amount as a THB MonetaryAmount range.</summary>
    public static JsonObject Grant(FundingSource f, string url)
    {
        var amount = new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = "THB" };
        if (f.AmountMinBaht is { } min) amount["minValue"] = min;
        if (f.AmountMaxBaht is { } max) amount["maxValue"] = max;
        var grant = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MonetaryGrant",
            ["@id"] = url,
            ["url"] = url,
            ["name"] = f.Programme.Current,
            ["funder"] = new JsonObject { ["@type"] = "Organization", ["name"] = f.Funder.Current },
            ["amount"] = amount,
        };
        if (f.Description.Current is { Length: > 0 } description) grant["description"] = description;
        if (f.LinkUrl is not null) grant["sameAs"] = f.LinkUrl;
        if (f.OpensOn is { } opens) grant["startDate"] = FundingInput.FormatDate(opens);
        if (f.ClosesOn is { } closes) grant["endDate"] = FundingInput.FormatDate(closes);
        return grant;
    }
}
