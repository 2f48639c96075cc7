using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Discovery;

[Authorize]
public sealed class ForYouModel(Recommendations recommendations) : PageModel
{
    public IReadOnlyList<Recommendation> Items { get; private set; } = [];
    public bool NearMe { get; private set; }

    public async Task OnGetAsync(double? lat, double? lon, CancellationToken ct)
    {
        NearMe = lat is >= -90 and <= 90 && lon is >= -180 and <= 180;
        Items = await recommendations.ForAsync(CityAccess.UserId(User)!.Value, NearMe ? lat : null, NearMe ? lon : null, 20, ct);
    }
}
