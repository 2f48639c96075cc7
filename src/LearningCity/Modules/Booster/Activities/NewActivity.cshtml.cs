using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Modules.Booster.Activities;

[Authorize]
public sealed class NewActivityModel(AppDbContext db, ActivityRules rules, PublisherAccess publishers, ActivityEditing editing, JsonStringLocalizer l)
    : ActivityFormPageModel(db, rules, publishers, l)
{
    [BindProperty] public DateTime? SessionStartsLocal { get; set; }
    [BindProperty] public DateTime? SessionEndsLocal { get; set; }
    [BindProperty] public int? SessionCapacity { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Publisher = KeyOf(Publishers[0].CityId, Publishers[0].OrganisationId);
        Input.AgeGroups = [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool publish, CancellationToken ct)
    {
        await LoadListsAsync(ct);
        if (Publishers.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        var check = await ValidateAsync(ct);
        var session = new SessionInput { StartsAt = FromThai(SessionStartsLocal), EndsAt = FromThai(SessionEndsLocal), Capacity = SessionCapacity };
        var hasSession = SessionStartsLocal is not null || SessionEndsLocal is not null || SessionCapacity is not null;
        if (hasSession)
            foreach (var (field, messages) in Rules.ValidateSession(session))
                foreach (var m in messages)
                    ModelState.AddModelError(field switch { "startsAt" => nameof(SessionStartsLocal), "endsAt" => nameof(SessionEndsLocal), _ => nameof(SessionCapacity) }, m);
        var photos = ModelState.IsValid ? await PhotosAsync([], ct) : null;
        if (!ModelState.IsValid || photos is null) return Page();
        var activity = await editing.CreateAsync(a =>
        {
            Input.ApplyTo(a, check.Choices, check.Place);
            a.Photos = photos;
            if (hasSession)
                a.Sessions.Add(new ActivitySession { StartsAt = session.StartsAt!.Value.UtcDateTime, EndsAt = session.EndsAt!.Value.UtcDateTime, Capacity = session.Capacity!.Value });
        }, publish, User, ct);
        return Redirect($"/activities/{activity.Id}");
    }
}
