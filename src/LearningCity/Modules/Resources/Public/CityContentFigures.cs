using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

/// <summary>How much published content a city has, read by the assessment and awards modules to pre-fill values.</summary>
public sealed record CityContentCounts(int LearningSpaces, int Resources);

public sealed class CityContentFigures(AppDbContext db)
{
    public async Task<CityContentCounts> ForCityAsync(int cityId, CancellationToken ct = default) => new(
        await db.LearningSpaces.CountAsync(s => s.CityId == cityId && s.Status == PublicationStatus.Published, ct),
        await db.LearningResources.CountAsync(r => r.CityId == cityId && r.Status == PublicationStatus.Published, ct));

    /// <summary>The published content of the whole network.</summary>
    public async Task<CityContentCounts> NationalAsync(CancellationToken ct = default) => new(
        await db.LearningSpaces.CountAsync(s => s.Status == PublicationStatus.Published, ct),
        await db.LearningResources.CountAsync(r => r.Status == PublicationStatus.Published, ct));
}
