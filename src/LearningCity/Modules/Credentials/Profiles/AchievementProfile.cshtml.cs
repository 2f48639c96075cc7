using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Signing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Credentials.Profiles;

public sealed class AchievementProfileModel(AppDbContext db, OpenBadgeDocuments documents, SigningKeyStore keys) : PageModel
{
    public Achievement Achievement { get; private set; } = null!;
    public List<BilingualText> Skills { get; private set; } = [];
    public string? CreatorName { get; private set; }
    public string Json { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var achievement = await db.Achievements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (achievement is null) return NotFound();
        Achievement = achievement;
        var json = await documents.AchievementAsync(achievement, standalone: true, await keys.CurrentUrlsAsync(ct), ct);
        if (JsonLdNegotiation.WantsJson(Request)) return JsonLdNegotiation.Document(json, Request);
        Json = JsonLdNegotiation.Document(json, Request).Content!;
        Skills = await db.Topics.AsNoTracking().Where(t => achievement.SkillTopicIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync(ct);
        CreatorName = achievement.CityId is { } c ? (await db.Cities.AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).FirstOrDefaultAsync(ct))?.Current
            : achievement.OrganisationId is { } o ? (await db.Organisations.AsNoTracking().Where(x => x.Id == o).Select(x => x.Name).FirstOrDefaultAsync(ct))?.Current
            : null;
        return Page();
    }
}
