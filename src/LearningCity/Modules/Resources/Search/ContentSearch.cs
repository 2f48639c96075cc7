using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Search;

/// <summary>What the content types' search documents have in common.</summary>
internal static class ContentSearch
{
    /// <summary>Region code by province code.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RegionsAsync(AppDbContext db, CancellationToken ct) =>
        await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.RegionCode, ct);

    /// <summary>"th", plus "en" when the item has English text of its own.</summary>
    public static IReadOnlyList<string> Languages(params BilingualText[] texts) =>
        texts.Any(t => !string.IsNullOrWhiteSpace(t.En)) ? ["th", "en"] : ["th"];

    public static string Shorten(string text, int max = 300) =>
        text.Length <= max ? text : text[..max].TrimEnd() + "…";
}
