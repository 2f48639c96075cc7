using LearningCity.Common.Data;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Seed;

/// <summary>
/// First-run demo research (Seed:Demo): five published items about the demo cities, every one marked IsDemo.
/// Runs after the demo cities, and only while there is no research at all.
/// </summary>
internal sealed class DemoResearchSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 60;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.ResearchItems.AnyAsync(ct)) return;
        var cities = await db.Cities.AsNoTracking().Where(c => c.IsDemo).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ProvinceCode }).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var items = DemoResearch.All.Select(demo => new ResearchItem
        {
            Title = demo.Title, Abstract = demo.Abstract, Authors = [.. demo.Authors], Year = demo.Year, Type = demo.Type,
            Doi = demo.Doi, Url = demo.Url, Indicators = [.. demo.Indicators], Licence = demo.Licence,
            Status = PublicationStatus.Published, IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
            Keywords = demo.Keywords.Select((text, i) => new ResearchKeyword { Position = i, Text = text }).ToList(),
            Cities = demo.Provinces.Select(p => cities.FirstOrDefault(c => c.ProvinceCode == p)?.Id).OfType<int>()
                .Distinct().Select(id => new ResearchItemCity { CityId = id }).ToList(),
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ResearchItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        // The ids exist only after the insert; the search change log joins the same transaction.
        foreach (var item in items) SearchChanges.Record(db, ResearchEditing.SearchType, item.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
