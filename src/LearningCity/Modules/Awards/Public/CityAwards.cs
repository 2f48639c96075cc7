using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Public;

/// <summary>A published award a city won (or an honourable mention), for its profile.</summary>
public sealed record CityAwardMark(int CycleId, int YearBe, BilingualText Cycle, BilingualText Category, AwardOutcome Outcome, Guid? CredentialId)
{
    public string ResultsUrl => $"/awards/cycles/{CycleId}/results";
    public string? CredentialUrl => CredentialId is { } id ? $"/credentials/{id}" : null;
}

public interface ICityAwards
{
    /// <summary>The city's wins and honourable mentions in published cycles, newest first.</summary>
    Task<List<CityAwardMark>> ForCityAsync(int cityId, CancellationToken ct);
}

internal sealed class CityAwards(AppDbContext db) : ICityAwards
{
    public Task<List<CityAwardMark>> ForCityAsync(int cityId, CancellationToken ct) =>
        (from a in db.AwardApplications.AsNoTracking()
         join y in db.AwardCycles on a.CycleId equals y.Id
         join c in db.AwardCategories on a.CategoryId equals c.Id
         where a.CityId == cityId && y.PublishedAt != null && a.Status == ApplicationStatus.Submitted && a.Outcome != AwardOutcome.None
         orderby y.YearBe descending, a.Outcome
         select new CityAwardMark(y.Id, y.YearBe, y.Name, c.Name, a.Outcome, a.CredentialId)).ToListAsync(ct);
}
