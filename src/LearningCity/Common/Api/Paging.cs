using Microsoft.EntityFrameworkCore;

namespace LearningCity.Common.Api;

/// <summary>The paging convention of every list: ?page=1&amp;pageSize=20 (at most 100).</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static PageRequest From(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize));

    public int Skip => (Page - 1) * PageSize;
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, PageRequest page, CancellationToken ct = default)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<T>(items, page.Page, page.PageSize, total);
    }

    public static Paged<TOut> Map<TIn, TOut>(this Paged<TIn> paged, Func<TIn, TOut> map) =>
        new(paged.Items.Select(map).ToList(), paged.Page, paged.PageSize, paged.TotalCount);
}
