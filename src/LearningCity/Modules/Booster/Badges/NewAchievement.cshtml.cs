using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Booster.Badges;

public sealed class NewAchievementModel(AppDbContext db, AchievementEditing editing, PublisherAccess publishers, FileStore files, JsonStringLocalizer l)
    : AchievementFormPageModel(db, editing, publishers, files, l)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return Forbid();
        Publisher = KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (ok, image) = await ValidateAsync(ct);
        if (!ok) return Page();
        var a = await Editing.CreateAsync(Input, image, User, ct);
        TempData["Flash"] = "Badges.Flash.Created";
        return Redirect($"/achievements/{a.Id}/edit");
    }
}
