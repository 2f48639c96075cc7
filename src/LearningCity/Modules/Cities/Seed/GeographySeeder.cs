using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Seed;

/// <summary>Keeps the regions and provinces in step with ThailandGeography at every start (idempotent).</summary>
internal sealed class GeographySeeder : IStartupSeeder
{
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, ct);
        var order = 0;
        foreach (var (code, th, en) in ThailandGeography.Regions)
        {
            if (!regions.TryGetValue(code, out var region))
                db.Regions.Add(region = new Region { Code = code });
            region.Name = new BilingualText(th, en);
            region.SortOrder = order++;
        }
        await db.SaveChangesAsync(ct);

        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, ct);
        foreach (var (code, th, en, regionCode) in ThailandGeography.Provinces)
        {
            if (!provinces.TryGetValue(code, out var province))
                db.Provinces.Add(province = new Province { Code = code });
            province.Name = new BilingualText(th, en);
            province.RegionCode = regionCode;
        }
        await db.SaveChangesAsync(ct);
    }
}
