using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;

[Authorize(Policy = Policies.SignedIn)]
public sealed class EditFundingModel(AppDbContext db, FundingRules rules, PublisherAccess publishers, JsonStringLocalizer l, FundingEditing editing)
    : FundingFormPageModel(rules, publishers, l)
{
    [BindProperty] public uint Version { get; set; }

    public FundingSource Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Fill(Item);
        Version = Item.Version;
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        await LoadListsAsync(ct);
        var (ok, applicants, types) = Validate();
        if (!ok) return Page();
        var outcome = await editing.UpdateAsync(Item, Version, f => Input.ApplyTo(f, applicants, types), ct);
        if (outcome == SaveOutcome.Conflict)
        {
            // Someone saved first: keep everything the user typed, and let a second save overwrite knowingly.
            db.ChangeTracker.Clear();
            Item = await db.FundingSources.AsNoTracking().FirstAsync(f => f.Id == id, ct);
            ModelState.Remove(nameof(Version));
            Version = Item.Version;
            ModelState.AddModelError("", L["Funding.Error.Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Flash"] = "Form.Saved";
        return Redirect($"/funding/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.FundingSources.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (item is null) return NotFound();
        if (!await Access.CanEditAsync(User, item, ct))
            return item.Status == PublicationStatus.Published ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        Item = item;
        return null;
    }
}
