using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Catalogue;

/// <summary>
/// The filters of the catalogue and of GET /api/v1/academy/courses: a capacity, an audience (by name), and words,
/// which the platform search finds (Thai words typed together included). An unknown capacity or audience matches nothing.
/// </summary>
public sealed record CourseFilter(string? Capacity = null, string? Audience = null, string? Q = null);

public static class CourseQuery
{
    /// <summary>A page of the published courses matching the filter: by capacity then title, or the best match first when words were given.</summary>
    public static async Task<Paged<Course>> PageAsync(AppDbContext db, ISearchService search, CourseFilter f, PageRequest page, CancellationToken ct)
    {
        var ranked = await search.RankedAsync(CourseAuthoring.SearchType, f.Q, ct);
        var query = Published(db, f, ranked);
        if (ranked is null)
            return await WithStructure(query.OrderBy(c => c.Capacity).ThenBy(c => c.Title.Th).ThenBy(c => c.Id)).ToPagedAsync(page, ct);
        var ids = await ranked.PageAsync(query.Select(c => c.Id), page, ct);
        var pageIds = ids.Items;
        var items = await WithStructure(db.Courses.AsNoTracking().Where(c => pageIds.Contains(c.Id))).ToListAsync(ct);
        return new Paged<Course>(items.InOrderOf(pageIds, c => c.Id), page.Page, page.PageSize, ids.TotalCount);
    }

    private static IQueryable<Course> Published(AppDbContext db, CourseFilter f, List<int>? ranked)
    {
        var query = db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published);
        if (ranked is not null) query = query.Where(c => ranked.Contains(c.Id));
        if (!string.IsNullOrWhiteSpace(f.Capacity))
        {
            if (CourseChoices.Capacity(f.Capacity) is not { } capacity) return query.Where(_ => false);
            query = query.Where(c => c.Capacity == capacity);
        }
        if (!string.IsNullOrWhiteSpace(f.Audience))
        {
            if (CourseChoices.Audience(f.Audience) is not { } audience) return query.Where(_ => false);
            query = query.Where(c => (c.Audiences & audience) == audience);
        }
        return query;
    }

    /// <summary>The modules (titles, for the outline in a card), not the lessons' contents.</summary>
    private static IQueryable<Course> WithStructure(IQueryable<Course> query) => query.Include(c => c.Modules).AsSplitQuery();
}
