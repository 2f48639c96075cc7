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
    /// <summary>Only the activities a city published (the city page links here).</summary>
    public int? CityId { get; init; }

    public AgeGroup? ParsedAgeGroup => Enum.TryParse<AgeGroup>(AgeGroup, true, out var g) && g != Data.AgeGroup.None && Enum.IsDefined(g) ? g : null;
    public ActivityMode? ParsedMode => Enum.TryParse<ActivityMode>(Mode, true, out var m) && Enum.IsDefined(m) ? m : null;
    public ActivityLevel? ParsedLevel => Enum.TryParse<ActivityLevel>(Level, true, out var v) && Enum.IsDefined(v) ? v : null;
}

public static class ActivityQuery
{
    public static async Task<Paged<Activity>> PageAsync(AppDbContext db, ISearchService search, ActivityFilter f, PageRequest page, DateTime nowUtc, CancellationToken ct)
    {
        var query = db.Activities.AsNoTracking().Where(a => a.Status == PublicationStatus.Published);
        var ranked = await search.RankedAsync(ActivitySearch.TypeName, f.Text, ct);
        if (ranked is not null) query = query.Where(a => ranked.Contains(a.Id));
        if (f.TopicId is { } topic) query = query.Where(a => a.Topics.Any(t => t.TopicId == topic));
        if (f.ParsedAgeGroup is { } group) query = query.Where(a => (a.AgeGroups & group) != 0);
        if (f.ParsedMode is { } mode) query = query.Where(a => a.Mode == mode);
        if (f.ParsedLevel is { } level) query = query.Where(a => a.Level == level);
        if (!string.IsNullOrWhiteSpace(f.Province)) query = query.Where(a => a.ProvinceCode == f.Province.ToUpperInvariant());
        if (f.CityId is { } city) query = query.Where(a => a.CityId == city);
        if (f.Price == "free") query = query.Where(a => a.IsFree);
        else if (f.Price == "paid") query = query.Where(a => !a.IsFree);

        // Upcoming first (by next session), then past ones; a text search keeps the search's relevance order.
        Paged<int> ids;
        if (ranked is not null) ids = await ranked.PageAsync(query.Select(a => a.Id), page, ct);
        else
            ids = await query.Select(a => new
                {
                    a.Id,
                    Next = a.Sessions.Where(s => s.Status == SessionStatus.Scheduled && s.StartsAt > nowUtc).Min(s => (DateTime?)s.StartsAt),
                })
                .OrderBy(x => x.Next == null).ThenBy(x => x.Next).ThenByDescending(x => x.Id).Select(x => x.Id).ToPagedAsync(page, ct);
        var pageIds = ids.Items;
        var items = await db.Activities.AsNoTracking().Include(a => a.Sessions).Include(a => a.Topics)
            .Where(a => pageIds.Contains(a.Id)).ToListAsync(ct);
        return new Paged<Activity>(items.InOrderOf(pageIds, a => a.Id), page.Page, page.PageSize, ids.TotalCount);
    }

    public static Task<Activity?> FindAsync(AppDbContext db, int id, bool track, CancellationToken ct)
    {
        var set = track ? db.Activities : db.Activities.AsNoTracking();
        return set.Include(a => a.Sessions).Include(a => a.Topics).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
    }
}
