using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>
/// First-run demo rules (Seed:Demo), marked IsDemo, so the admin page shows what admins' rules look like. Only while
/// there are no admins' rules at all.
/// </summary>
internal sealed class DemoSynonymSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    /// <summary>Everyday names the built-in list leaves out: a province's popular name, and a city's abbreviation.</summary>
    public static readonly string[] Lines =
    [
        "โคราช => นครราชสีมา, Nakhon Ratchasima # ชื่อที่คนทั่วไปเรียกจังหวัด",
        "กทม. => กรุงเทพมหานคร, Bangkok",
    ];

    public int Order => 80;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        var rows = db.Set<SearchSynonym>();
        if (await rows.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var line in Lines)
        {
            if (!SynonymSet.TryParseLine(line, out var rule, out _) || rule is null) throw new InvalidOperationException("Demo synonym is no rule: " + line);
            rows.Add(new SearchSynonym { Line = line, Rule = rule.ToString(), IsDemo = true, CreatedAt = now, UpdatedAt = now });
        }
        await db.SaveChangesAsync(ct);
        services.GetService<SearchSynonyms>()?.Invalidate();
    }
}
