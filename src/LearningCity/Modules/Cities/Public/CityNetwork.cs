using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Public;

/// <summary>The size of the approved network.</summary>
public sealed record NetworkSize(int Cities, int Provinces, int UnescoMembers);

/// <summary>A province and how many approved learning cities it has (none: zero).</summary>
public sealed record ProvinceCities(string Code, BilingualText Name, string RegionCode, int Cities)
{
    public string Url => $"/cities?province={Code}";
}

/// <summary>A city as a list elsewhere names it.</summary>
public sealed record CityName(int Id, BilingualText Name, string ProvinceCode)
{
    public string Url => $"/cities/{Id}";
}

/// <summary>What other modules' overview pages (the home page) read about the network of approved learning cities.</summary>
public sealed class CityNetwork(AppDbContext db)
{
    private IQueryable<City> Approved => db.Cities.AsNoTracking().Where(c => c.Status == CityStatus.Approved);

    public async Task<NetworkSize> SizeAsync(CancellationToken ct = default)
    {
        var rows = await Approved.GroupBy(c => c.ProvinceCode)
            .Select(g => new { Cities = g.Count(), Unesco = g.Count(c => c.UnescoGnlcMemberSince != null) }).ToListAsync(ct);
        return new NetworkSize(rows.Sum(r => r.Cities), rows.Count, rows.Sum(r => r.Unesco));
    }

    /// <summary>Every province with its number of approved cities, in the order of its Thai name.</summary>
    public async Task<IReadOnlyList<ProvinceCities>> ProvincesAsync(CancellationToken ct = default)
    {
        var counts = await Approved.GroupBy(c => c.ProvinceCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(ct);
        return provinces.Select(p => new ProvinceCities(p.Code, p.Name, p.RegionCode, counts.GetValueOrDefault(p.Code)))
            .OrderBy(p => p.Name.Th, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("th-TH"), false)).ToList();
    }

    /// <summary>The approved cities among the given ids (others are left out).</summary>
    public async Task<IReadOnlyDictionary<int, CityName>> NamesAsync(IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<int, CityName>();
        return await Approved.Where(c => wanted.Contains(c.Id)).Select(c => new CityName(c.Id, c.Name, c.ProvinceCode)).ToDictionaryAsync(c => c.Id, ct);
    }
}
