using LearningCity.Modules.Credentials.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Badges;

[Authorize(Policy = Common.Auth.Policies.SignedIn)]
public sealed class MyAchievementsModel(AchievementList list, Resources.Public.PublisherAccess publishers) : PageModel
{
    public List<Achievement> Achievements { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Achievements = await list.MineAsync(User, ct);
        MayCreate = (await publishers.PublishersForAsync(User, ct)).Count > 0;
    }
}
