using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>The filters of the space list, the map and the API. Unknown values match nothing.</summary>
public sealed record SpaceFilter(string? Type, string? Province, string? Region, string? Accessibility, bool Free, bool OpenNow)
{
    /// <summary>Only the spaces a city published (the city page links here).</summary>
    public int? CityId { get; init; }

    public static SpaceType? ParseType(string? value) =>
        Enum.TryParse<SpaceType>(value?.Trim(), true, out var t) && Enum.IsDefined(t) && !char.IsAsciiDigit(value!.Trim()[0]) ? t : null;

    public static AccessibilityFeature? ParseFeature(string? value) =>
        Enum.TryParse<AccessibilityFeature>(value?.Trim(), true, out var f) && f != AccessibilityFeature.None
        && Enum.IsDefined(f) && !char.IsAsciiDigit(value!.Trim()[0]) ? f : null;
}

internal static class SpaceQuery
{
    public static IQueryable<LearningSpace> Published(AppDbContext db, SpaceFilter filter)
    {
        var query = db.LearningSpaces.AsNoTracking().Where(s => s.Status == PublicationStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Type))
            query = SpaceFilter.ParseType(filter.Type) is { } type ? query.Where(s => s.Type == type) : query.Where(_ => false);
        if (!string.IsNullOrWhiteSpace(filter.Province))
        {
            var province = filter.Province.Trim().ToUpperInvariant();
            query = query.Where(s => s.ProvinceCode == province);
        }
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var region = filter.Region.Trim();
            query = query.Where(s => db.Provinces.Any(p => p.Code == s.ProvinceCode && p.RegionCode == region));
        }
        if (!string.IsNullOrWhiteSpace(filter.Accessibility))
            query = SpaceFilter.ParseFeature(filter.Accessibility) is { } f ? query.Where(s => (s.Accessibility & f) == f) : query.Where(_ => false);
        if (filter.Free) query = query.Where(s => s.IsFree);
        if (filter.CityId is { } city) query = query.Where(s => s.CityId == city);
        return query.OrderBy(s => s.Name.Th).ThenBy(s => s.Id);
    }

    /// <summary>
    /// One page of published spaces. "Open now" depends on the JSON opening hours and the clock, so that
    /// filter runs after the database filters, before paging, over the ids and opening hours only; then just the
    /// page's spaces are loaded whole.
    /// </summary>
    public static async Task<Paged<LearningSpace>> PageAsync(AppDbContext db, SpaceFilter filter, PageRequest page, TimeProvider time, CancellationToken ct)
    {
        var query = Published(db, filter);
        if (!filter.OpenNow) return await query.ToPagedAsync(page, ct);
        var now = ThaiClock.Now(time);
        var open = (await query.Select(s => new { s.Id, s.OpeningHours }).ToListAsync(ct))
            .Where(s => ThaiClock.IsOpenAt(s.OpeningHours, now)).Select(s => s.Id).ToList();
        var ids = open.Skip(page.Skip).Take(page.PageSize).ToList();
        var spaces = (await db.LearningSpaces.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct)).ToDictionary(s => s.Id);
        return new Paged<LearningSpace>(ids.Where(spaces.ContainsKey).Select(id => spaces[id]).ToList(), page.Page, page.PageSize, open.Count);
    }

    /// <summary>Every match (for the map), at most a bound so one request stays small.</summary>
    public static async Task<List<LearningSpace>> AllAsync(AppDbContext db, SpaceFilter filter, TimeProvider time, CancellationToken ct, int max = 1000)
    {
        var list = await Published(db, filter).Take(max).ToListAsync(ct);
        if (!filter.OpenNow) return list;
        var now = ThaiClock.Now(time);
        return list.Where(s => ThaiClock.IsOpenAt(s.OpeningHours, now)).ToList();
    }
}
