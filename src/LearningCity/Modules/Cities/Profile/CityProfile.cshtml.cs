using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Awards.Public;
using LearningCity.Modules.Research.Public;
using LearningCity.Modules.Assessment.Public;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Mentoring.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Profile;

public sealed class CityProfileModel(AppDbContext db, CityAccess access, ICityResearch research, ICityAwards awards,
    CityActivities activities, CityContentFigures content, CityAssessmentResults assessments, ICityMentoring mentoring) : PageModel
{
    public City City { get; private set; } = null!;
    public Province Province { get; private set; } = null!;
    public Region Region { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public CityResearchList Research { get; private set; } = new(0, [], 0);
    public List<CityAwardMark> Awards { get; private set; } = [];
    public CityActivityCounts Activities { get; private set; } = new(0, 0);
    public CityContentCounts ContentCounts { get; private set; } = new(0, 0);
    public LatestValidatedAssessment? Assessment { get; private set; }
    public IReadOnlyList<CityMentoringPair> Mentoring { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        // Cities not yet approved do not exist for the public: 404, not 403, so nothing leaks.
        if (city is null || !await access.CanViewAsync(User, city, ct)) return NotFound();
        City = city;
        Province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == city.ProvinceCode, ct);
        Region = await db.Regions.AsNoTracking().FirstAsync(r => r.Code == Province.RegionCode, ct);
        CanEdit = await access.CanEditAsync(User, id, ct);
        Research = await research.PublishedForCityAsync(id, 5, ct);
        Awards = await awards.ForCityAsync(id, ct);
        Activities = await activities.ForCityAsync(id, ct);
        ContentCounts = await content.ForCityAsync(id, ct);
        Assessment = await assessments.LatestValidatedAsync(id, ct);
        Mentoring = await mentoring.ForCityAsync(id, ct);
        return Page();
    }
}
