using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Profiles;

/// <summary>An Achievement at its resolvable URL: JSON-LD when the client asks for JSON, a bilingual page otherwise.</summary>
public sealed class AchievementProfileModel(AppDbContext db, OpenBadgeDocuments documents) : PageModel
{
    public Achievement Achievement { get; private set; } = null!;
    public List<(int Id, BilingualText Name)> Skills { get; private set; } = [];
    public BilingualText CreatorName { get; private set; } = new();
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var achievement = await db.Set<Achievement>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (achievement is null) return NotFound();
        Achievement = achievement;
        JsonLd = (await documents.AchievementAsync(achievement, standalone: true, ct)).ToJsonString();
        if (JsonNegotiation.WantsJson(Request)) return Content(JsonLd, "application/ld+json");
        Skills = await documents.SkillsAsync(achievement, ct);
        CreatorName = (await documents.CreatorNameAsync(achievement, ct)).Name;
        return Page();
    }
}
