using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Awards.Public;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Research.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Shared;

/// <summary>
/// The front door: what is on this week (in a chosen province, or nearest first after "near me"), the network's
/// figures, each pillar's entry, the latest award winners, assessment results and research, and the provinces.
/// Everything is read live through the other modules' public contracts.
/// </summary>
public sealed class IndexModel(CityNetwork cities, IUpcomingActivities activities, CityContentFigures content, ILatestAwards awards,
    CityAssessmentResults assessments, ICityResearch research, TimeProvider time) : PageModel
{
    private const int ListLength = 6;

    [BindProperty(SupportsGet = true, Name = "province")] public string? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = "lat")] public double? Lat { get; set; }
    [BindProperty(SupportsGet = true, Name = "lon")] public double? Lon { get; set; }

    public DateOnly Today { get; private set; }
    public NetworkSize Network { get; private set; } = new(0, 0, 0);
    public BoosterTotals Booster { get; private set; } = new(0, 0, 0);
    public CityContentCounts Published { get; private set; } = new(0, 0);
    /// <summary>What starts in the next seven days; when nothing does, what starts next (<see cref="UpcomingIsLater"/>).</summary>
    public IReadOnlyList<UpcomingActivity> Upcoming { get; private set; } = [];
    public bool UpcomingIsLater { get; private set; }
    public bool NearMe { get; private set; }
    public IReadOnlyList<ProvinceCities> Provinces { get; private set; } = [];
    public ProvinceCities? SelectedProvince { get; private set; }
    public IReadOnlyList<AwardWinner> Winners { get; private set; } = [];
    public IReadOnlyList<PublishedAssessment> Assessments { get; private set; } = [];
    public IReadOnlyList<ResearchSummary> Research { get; private set; } = [];
    public IReadOnlyDictionary<int, CityName> Cities { get; private set; } = new Dictionary<int, CityName>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ThaiTime.Today(time);
        Provinces = await cities.ProvincesAsync(ct);
        // An unknown province (a typed address) is ignored rather than refused: the page still opens.
        SelectedProvince = Provinces.FirstOrDefault(p => string.Equals(p.Code, Province?.Trim(), StringComparison.OrdinalIgnoreCase));
        NearMe = Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;
        var near = NearMe ? (Lat!.Value, Lon!.Value) : ((double, double)?)null;

        var now = time.GetUtcNow().UtcDateTime;
        var weekEnd = ThaiTime.StartOfDayUtc(Today.AddDays(8));
        Upcoming = await activities.BetweenAsync(now, weekEnd, SelectedProvince?.Code, near, ListLength, ct);
        if (Upcoming.Count == 0)
        {
            Upcoming = await activities.BetweenAsync(weekEnd, weekEnd.AddDays(90), SelectedProvince?.Code, near, ListLength, ct);
            UpcomingIsLater = Upcoming.Count > 0;
        }

        Network = await cities.SizeAsync(ct);
        Booster = await activities.TotalsAsync(ct);
        Published = await content.NationalAsync(ct);
        Winners = await awards.WinnersAsync(ListLength, ct);
        Assessments = await assessments.RecentlyValidatedAsync(ListLength, ct);
        Research = await research.LatestPublishedAsync(4, ct);
        Cities = await cities.NamesAsync(Winners.Select(w => w.CityId).Concat(Assessments.Select(a => a.CityId)), ct);
    }

    public string? ProvinceName(string? code) => Provinces.FirstOrDefault(p => p.Code == code)?.Name.Current;
}
