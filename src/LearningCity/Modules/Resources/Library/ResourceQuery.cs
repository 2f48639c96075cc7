using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>The filters of the public list and of GET /api/v1/resources; unknown values match nothing.</summary>
public sealed record ResourceFilter(string? Type, string? Topic, string? Audience, string? Language, int? City, int? Organisation);

public static class ResourceQuery
{
    /// <summary>Published resources matching the filter, newest first.</summary>
    public static async Task<IQueryable<LearningResource>> PublishedAsync(AppDbContext db, ResourceFilter f, CancellationToken ct)
    {
        var query = db.LearningResources.AsNoTracking().Where(r => r.Status == PublicationStatus.Published);
        if (!string.IsNullOrWhiteSpace(f.Type))
        {
            if (ResourceChoices.ParseType(f.Type) is not { } type) return query.Where(_ => false);
            query = query.Where(r => r.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(f.Audience))
        {
            if (ResourceChoices.ParseAudience(f.Audience) is not { } audience) return query.Where(_ => false);
            query = query.Where(r => (r.Audiences & audience) == audience);
        }
        if (!string.IsNullOrWhiteSpace(f.Topic))
        {
            var slug = f.Topic.Trim();
            var topicId = await db.Topics.Where(t => t.Slug == slug).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            if (topicId is null) return query.Where(_ => false);
            query = query.Where(r => r.Topics.Any(t => t.TopicId == topicId));
        }
        if (!string.IsNullOrWhiteSpace(f.Language))
        {
            var language = f.Language.Trim();
            query = query.Where(r => r.Language == language);
        }
        if (f.City is { } city) query = query.Where(r => r.CityId == city);
        if (f.Organisation is { } org) query = query.Where(r => r.OrganisationId == org);
        return query.Include(r => r.Topics).OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id);
    }
}

/// <summary>Names of publishers and topics for a page of resources, read in two queries rather than one per item.</summary>
public sealed class ResourceNames(AppDbContext db)
{
    public IReadOnlyDictionary<int, Topic> Topics { get; private set; } = new Dictionary<int, Topic>();
    private Dictionary<int, Common.Localization.BilingualText> _cities = [];
    private Dictionary<int, Common.Localization.BilingualText> _organisations = [];

    public async Task<ResourceNames> LoadAsync(IEnumerable<LearningResource> resources, CancellationToken ct)
    {
        var list = resources.ToList();
        var cityIds = list.Where(r => r.CityId is not null).Select(r => r.CityId!.Value).Distinct().ToList();
        var orgIds = list.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        _cities = await db.Cities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        _organisations = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Topics = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        return this;
    }

    public string Publisher(LearningResource r) =>
        (r.CityId is { } c ? _cities.GetValueOrDefault(c) : r.OrganisationId is { } o ? _organisations.GetValueOrDefault(o) : null)?.Current ?? "";

    public IEnumerable<Topic> TopicsOf(LearningResource r) =>
        r.Topics.Select(t => Topics.GetValueOrDefault(t.TopicId)).OfType<Topic>().OrderBy(t => t.SortOrder);
}
