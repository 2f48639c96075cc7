using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Booster.Activities;

[Authorize]
public sealed class EditActivityModel(AppDbContext db, ActivityRules rules, PublisherAccess publishers, ActivityEditing editing, JsonStringLocalizer l)
    : ActivityFormPageModel(db, rules, publishers, l)
{
    [BindProperty] public uint Version { get; set; }
    public int Id { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadActivityAsync(id, ct) is not { } activity) return NotFound();
        if (!await Access.CanEditAsync(User, activity, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadListsAsync(ct);
        Input.CopyFrom(activity);
        Publisher = KeyOf(activity.CityId, activity.OrganisationId);
        OpensLocal = ToThai(Input.RegistrationOpensAt);
        ClosesLocal = ToThai(Input.RegistrationClosesAt);
        Version = activity.Version;
        KeepPhotos = [.. activity.Photos];
        CurrentPhotos = activity.Photos;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadActivityAsync(id, ct) is not { } activity) return NotFound();
        if (!await Access.CanEditAsync(User, activity, ct)) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadListsAsync(ct);
        CurrentPhotos = activity.Photos;
        var check = await ValidateAsync(ct);
        var photos = ModelState.IsValid ? await PhotosAsync(activity.Photos, ct) : null;
        if (!ModelState.IsValid || photos is null) return Page();
        var outcome = await editing.UpdateAsync(activity, Version, a =>
        {
            Input.ApplyTo(a, check.Choices, check.Place);
            a.Photos = photos;
        }, ct);
        if (outcome == SaveOutcome.Conflict)
        {
            Conflict = true;
            ModelState.AddModelError("", L["Activities.Error.Conflict"]);
            return Page();
        }
        return Redirect($"/activities/{id}");
    }

    private async Task<Activity?> LoadActivityAsync(int id, CancellationToken ct)
    {
        Id = id;
        var activity = await ActivityQuery.FindAsync(Db, id, true, ct);
        return activity is null || !await Access.CanViewAsync(User, activity, ct) ? null : activity;
    }
}
