using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>The filters of the public list and the API. Text goes through the platform search so Thai words are understood.</summary>
public sealed record ActivityFilter(string? Text, int? TopicId, string? AgeGroup, string? Mode, string? Province, string? Price, string? Level)
{
    public AgeGroup? ParsedAgeGroup => Enum.TryParse<AgeGroup>(AgeGroup, true, out var g) && g != Data.AgeGroup.None && Enum.IsDefined(g) ? g : null;
    public ActivityMode? ParsedMode => Enum.TryParse<ActivityMode>(Mode, true, out var m) && Enum.IsDefined(m) ? m : null;
    public ActivityLevel? ParsedLevel => Enum.TryParse<ActivityLevel>(Level, true, out var v) && Enum.IsDefined(v) ? v : null;
}

public static class ActivityQuery
{
    public static async Task<Paged<Activity>> PageAsync(AppDbContext db, ISearchService search, ActivityFilter f, PageRequest page, DateTime nowUtc, CancellationToken ct)
    {
        var query = db.Activities.AsNoTracking().Where(a => a.Status == PublicationStatus.Published);
        List<int>? ranked = null;
        if (!string.IsNullOrWhiteSpace(f.Text))
        {
            var hits = await search.SearchAsync(new SearchQuery
            {
                Text = f.Text, PageSize = 1000,
                Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = [ActivitySearch.TypeName] },
            }, ct);
            ranked = hits.Hits.Select(h => int.TryParse(h.Id, out var id) ? id : 0).Where(id => id > 0).ToList();
            query = query.Where(a => ranked.Contains(a.Id));
        }
        if (f.TopicId is { } topic) query = query.Where(a => a.Topics.Any(t => t.TopicId == topic));
        if (f.ParsedAgeGroup is { } group) query = query.Where(a => (a.AgeGroups & group) != 0);
        if (f.ParsedMode is { } mode) query = query.Where(a => a.Mode == mode);
        if (f.ParsedLevel is { } level) query = query.Where(a => a.Level == level);
        if (!string.IsNullOrWhiteSpace(f.Province)) query = query.Where(a => a.ProvinceCode == f.Province.ToUpperInvariant());
        if (f.Price == "free") query = query.Where(a => a.IsFree);
        else if (f.Price == "paid") query = query.Where(a => !a.IsFree);

        var total = await query.CountAsync(ct);
        // Upcoming first (by next session), then past ones; a text search keeps the search's relevance order.
        var withNext = query.Select(a => new
        {
            a.Id,
            Next = a.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > nowUtc).Min(s => (DateTime?)s.StartsAt),
        });
        List<int> ids;
        if (ranked is not null)
        {
            var matching = (await withNext.Select(x => x.Id).ToListAsync(ct)).ToHashSet();
            ids = ranked.Where(matching.Contains).Skip(page.Skip).Take(page.PageSize).ToList();
        }
        else
            ids = await withNext.OrderBy(x => x.Next == null).ThenBy(x => x.Next).ThenByDescending(x => x.Id)
                .Skip(page.Skip).Take(page.PageSize).Select(x => x.Id).ToListAsync(ct);
        var items = await db.Activities.AsNoTracking().Include(a => a.Sessions).Include(a => a.Topics)
            .Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return new Paged<Activity>(ids.Select(id => items.First(a => a.Id == id)).ToList(), page.Page, page.PageSize, total);
    }

    public static Task<Activity?> FindAsync(AppDbContext db, int id, bool track, CancellationToken ct)
    {
        var set = track ? db.Activities : db.Activities.AsNoTracking();
        return set.Include(a => a.Sessions).Include(a => a.Topics).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
    }
}
