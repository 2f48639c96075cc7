using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Badges;

public sealed class EditAchievementModel(AppDbContext db, AchievementEditing editing, PublisherAccess publishers, FileStore files, AuditLog audit, JsonStringLocalizer l)
    : AchievementFormPageModel(db, editing, publishers, files, l)
{
    public Achievement Achievement { get; private set; } = null!;
    public List<Activity> Activities { get; private set; } = [];
    [BindProperty] public uint Version { get; set; }
    [BindProperty] public int? ActivityId { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = AchievementInput.From<AchievementInput>(Achievement);
        Publisher = KeyOf(Achievement.CityId, Achievement.OrganisationId);
        Version = Achievement.Version;
        await LoadListsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var (ok, image) = await ValidateAsync(ct);
        if (!ok) return Page();
        if (await Editing.UpdateAsync(Achievement, Version, Input, image, User, ct) == AchievementSave.Conflict)
        {
            ModelState.AddModelError("", L["Badges.Error.Conflict"]);
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = "Badges.Flash.Saved";
        return Redirect($"/achievements/{id}/edit");
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, bool enabled, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        var activity = Activities.FirstOrDefault(a => a.Id == ActivityId) is { } chosen ? await Db.Activities.FirstAsync(a => a.Id == chosen.Id, ct) : null;
        if (activity is null)
        {
            ModelState.AddModelError(nameof(ActivityId), L["Badges.Validation.Activity"]);
            Input = AchievementInput.From<AchievementInput>(Achievement);
            Publisher = KeyOf(Achievement.CityId, Achievement.OrganisationId);
            Version = Achievement.Version;
            await LoadListsAsync(ct);
            return Page();
        }
        await AchievementLinks.SetAsync(Db, audit, activity, id, enabled, ct);
        TempData["Flash"] = enabled ? "Badges.Flash.Linked" : "Badges.Flash.Unlinked";
        return Redirect($"/achievements/{id}/edit");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var a = await Db.Achievements.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        if (!await Editing.MayEditAsync(User, a, ct)) return Forbid();
        Achievement = a;
        CurrentImage = a.ImageFile;
        Activities = await AchievementLinks.ActivitiesOfAsync(Db, a, ct);
        return null;
    }
}
