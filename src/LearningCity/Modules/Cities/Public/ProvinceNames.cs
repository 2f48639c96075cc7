using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Public;

/// <summary>The 77 provinces' names by ISO 3166-2:TH code, for pages of other modules that hold only a code.</summary>
public sealed class ProvinceNames(AppDbContext db)
{
    private Dictionary<string, BilingualText>? _names;

    /// <summary>Code → name, in the order of the Thai name.</summary>
    public async Task<IReadOnlyDictionary<string, BilingualText>> AllAsync(CancellationToken ct = default) =>
        _names ??= (await db.Provinces.AsNoTracking().ToListAsync(ct))
            .OrderBy(p => p.Name.Th, StringComparer.Create(new System.Globalization.CultureInfo("th-TH"), false))
            .ToDictionary(p => p.Code, p => p.Name);

    /// <summary>The province's name in the page's language; the code itself when it is no province (or none is given: empty).</summary>
    public static string Of(IReadOnlyDictionary<string, BilingualText> names, string? code) =>
        code is null ? "" : names.TryGetValue(code, out var name) ? name.Current : code;
}
