using LearningCity.Common.Localization;

namespace LearningCity.Modules.Search.Public;

/// <summary>
/// What a module hands to the search index for one of its items. Facet keys in use: "type", "topic",
/// "audience", "province" (ISO code, e.g. TH-50), "region", "language" (th/en), "price" (free/paid).
/// </summary>
public sealed record SearchDocument
{
    public required string Type { get; init; }
    public required string Id { get; init; }
    public required BilingualText Title { get; init; }
    public BilingualText? Summary { get; init; }
    /// <summary>Longer text in any language; searched, and used for the snippet when there is no summary.</summary>
    public string? Body { get; init; }
    public required string Url { get; init; }
    /// <summary>UTC; used by the date sort.</summary>
    public DateTime? Date { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>Half-hour slots of the week in Thai time when the place is open; see <see cref="OpeningSlots"/>.</summary>
    public IReadOnlyList<int>? OpeningSlots { get; init; }
    /// <summary>An open call (funding, applications) is "open" while today is within OpenFrom..OpenUntil (either may be missing).</summary>
    public DateOnly? OpenFrom { get; init; }
    public DateOnly? OpenUntil { get; init; }
}
