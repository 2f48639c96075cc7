using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Activities;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Discovery;

/// <summary>Published activities in the platform's search: topics, audiences (the age groups), place, language, price, next session date.</summary>
internal sealed class ActivitySearchSource(TimeProvider time) : ISearchSource
{
    public string Type => ActivitySearch.TypeName;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var activityId)) return null;
        var context = await Context.LoadAsync(db, ct);
        var activity = await Published(db).FirstOrDefaultAsync(a => a.Id == activityId, ct);
        return activity is null ? null : ToDocument(activity, context, time.GetUtcNow().UtcDateTime);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var context = await Context.LoadAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        await foreach (var activity in Published(db).OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(activity, context, now);
    }

    private static IQueryable<Activity> Published(AppDbContext db) =>
        db.Activities.AsNoTracking().Include(a => a.Topics).Include(a => a.Sessions).AsSplitQuery().Where(a => a.Status == PublicationStatus.Published);

    private sealed record Context(IReadOnlyDictionary<int, string> TopicSlugs, IReadOnlyDictionary<string, string> Regions)
    {
        public static async Task<Context> LoadAsync(AppDbContext db, CancellationToken ct) => new(
            await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug, ct),
            await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.RegionCode, ct));
    }

    private static SearchDocument ToDocument(Activity a, Context context, DateTime now)
    {
        var facets = new Dictionary<string, IReadOnlyList<string>>
        {
            ["topic"] = a.Topics.Select(t => context.TopicSlugs.GetValueOrDefault(t.TopicId)).OfType<string>().ToList(),
            // The age groups share their names with the resources' audience values, so one facet covers both.
            ["audience"] = ActivityChoices.Names(a.AgeGroups),
            ["language"] = [a.Language],
            ["price"] = [a.IsFree ? "free" : "paid"],
        };
        if (a.ProvinceCode is { } province)
        {
            facets["province"] = [province];
            if (context.Regions.TryGetValue(province, out var region)) facets["region"] = [region];
        }
        var scheduled = a.Sessions.Where(s => s.Status == SessionStatus.Scheduled).ToList();
        var next = scheduled.Where(s => s.StartsAt > now).Select(s => (DateTime?)s.StartsAt).Min() ?? scheduled.Select(s => (DateTime?)s.StartsAt).Max();
        return new SearchDocument
        {
            Type = ActivitySearch.TypeName,
            Id = a.Id.ToString(CultureInfo.InvariantCulture),
            Title = new BilingualText(a.Title.Th, a.Title.En),
            Summary = string.IsNullOrWhiteSpace(a.Description.Th) ? null : new BilingualText(Shorten(a.Description.Th), a.Description.En is null ? null : Shorten(a.Description.En)),
            Body = string.Join("\n", new[] { a.Description.Th, a.Description.En, a.Prerequisites.Th, a.Prerequisites.En }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Url = $"/activities/{a.Id}",
            Date = next ?? a.UpdatedAt,
            Facets = facets,
            Latitude = a.Latitude,
            Longitude = a.Longitude,
        };
    }

    private static string Shorten(string text, int max = 300) => text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
