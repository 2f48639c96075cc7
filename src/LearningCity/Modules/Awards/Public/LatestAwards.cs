using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Public;

/// <summary>A city that won (or was mentioned) in a published cycle.</summary>
public sealed record AwardWinner(int CycleId, int YearBe, BilingualText Cycle, BilingualText Category, int CityId, AwardOutcome Outcome)
{
    public string ResultsUrl => $"/awards/cycles/{CycleId}/results";
}

public interface ILatestAwards
{
    /// <summary>The winners of the most recently published cycles, newest cycle first, winners before mentions.</summary>
    Task<IReadOnlyList<AwardWinner>> WinnersAsync(int max, CancellationToken ct = default);
}

internal sealed class LatestAwards(AppDbContext db) : ILatestAwards
{
    public async Task<IReadOnlyList<AwardWinner>> WinnersAsync(int max, CancellationToken ct = default) =>
        await (from a in db.AwardApplications.AsNoTracking()
               join y in db.AwardCycles on a.CycleId equals y.Id
               join c in db.AwardCategories on a.CategoryId equals c.Id
               where y.PublishedAt != null && a.Status == ApplicationStatus.Submitted && a.Outcome != AwardOutcome.None
               orderby y.PublishedAt descending, y.Id descending, a.Outcome, a.Id
               select new AwardWinner(y.Id, y.YearBe, y.Name, c.Name, a.CityId, a.Outcome)).Take(max).ToListAsync(ct);
}
