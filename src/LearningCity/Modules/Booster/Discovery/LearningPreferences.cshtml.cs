using System.Security.Cryptography;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Discovery;

/// <summary>Interests and preferred days for "for you"; the passport settings of the same row are left alone.</summary>
[Authorize]
public sealed class LearningPreferencesModel(AppDbContext db, JsonStringLocalizer l, TimeProvider time) : PageModel
{
    [BindProperty] public List<int> InterestTopicIds { get; set; } = [];
    [BindProperty] public List<DayOfWeek> PreferredDays { get; set; } = [];
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var userId = CityAccess.UserId(User)!.Value;
        var profile = await db.LearnerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        InterestTopicIds = profile?.InterestTopicIds ?? [];
        PreferredDays = profile?.PreferredDays ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(ct);
        var known = Topics.Select(t => t.Id).ToHashSet();
        var interests = InterestTopicIds.Where(known.Contains).Distinct().ToList();
        if (interests.Count > 20) ModelState.AddModelError(nameof(InterestTopicIds), l["Discovery.Preferences.TooMany"]);
        if (!ModelState.IsValid) return Page();
        var userId = CityAccess.UserId(User)!.Value;
        var profile = await db.LearnerProfiles.FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            profile = new LearnerProfile { UserId = userId, PublicSlug = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) };
            db.LearnerProfiles.Add(profile);
        }
        profile.InterestTopicIds = interests;
        profile.PreferredDays = PreferredDays.Where(Enum.IsDefined).Distinct().Order().ToList();
        profile.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Discovery.Preferences.Saved";
        return Redirect("/me/learning-preferences");
    }
}
