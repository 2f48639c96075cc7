using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>
/// First-run demo content (Seed:Demo): a partner organisation and a dozen Thai learning resources spread over the demo
/// cities, every one marked IsDemo. Runs only while there are no resources at all.
/// </summary>
internal sealed class DemoResourceSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.LearningResources.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var organisation = new Organisation
        {
            Name = new("ศูนย์การศึกษาตลอดชีวิต มหาวิทยาลัยขอนแก่น (ตัวอย่าง)", "Khon Kaen University Lifelong Learning Centre (demo)"),
            Website = "https://lifelong.example.ac.th", IsDemo = true, CreatedAt = now,
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);

        var cities = await db.Cities.AsNoTracking().Where(c => c.IsDemo).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Id, ct);
        var today = DateOnly.FromDateTime(now.AddHours(7));
        var index = 0;
        foreach (var demo in DemoResources.All)
        {
            // Every third resource is the organisation's; the rest go round the demo cities.
            var byOrganisation = index % 3 == 2 || cities.Count == 0;
            var resource = new LearningResource
            {
                Title = demo.Title, Summary = demo.Summary, Body = demo.Body, Type = demo.Type, Audiences = demo.Audiences,
                Language = demo.Language, Licence = demo.Licence, LinkUrl = demo.Link,
                CityId = byOrganisation ? null : cities[index % cities.Count], OrganisationId = byOrganisation ? organisation.Id : null,
                Status = demo.Draft ? PublicationStatus.Draft : PublicationStatus.Published,
                PublishedOn = demo.Draft ? null : today.AddDays(-7 * index - 3),
                IsDemo = true, CreatedAt = now, UpdatedAt = now, Version = 1,
                Topics = demo.Topics.Where(topics.ContainsKey).Select(slug => new ResourceTopic { TopicId = topics[slug] }).ToList(),
            };
            db.LearningResources.Add(resource);
            index++;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // The ids exist only after the insert; the search change log joins the same transaction.
        foreach (var id in db.ChangeTracker.Entries<LearningResource>().Select(e => e.Entity.Id).ToList())
            SearchChanges.Record(db, "resource", id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}

internal sealed record DemoResource(BilingualText Title, BilingualText Summary, BilingualText Body, ResourceType Type, Audience Audiences,
    string[] Topics, string Language = "th", string Licence = "CC-BY-4.0", string? Link = null, bool Draft = false);
