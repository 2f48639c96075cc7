using LearningCity.Common.Data;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Search.Public;

/// <summary>
/// A module's searchable content of one type. Registered in DI by the module that owns the content
/// (<c>services.AddSearchSource&lt;T&gt;()</c>); the index calls it when the change log names an item of this type,
/// and for every item when it rebuilds.
/// </summary>
public interface ISearchSource
{
    /// <summary>The type name written to the change log and to the "type" facet, e.g. "city".</summary>
    string Type { get; }

    /// <summary>The document for one item, or null when it must not be found (deleted, unpublished, rejected).</summary>
    Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct);

    IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, CancellationToken ct);
}

/// <summary>Display names for the values of a facet whose values are codes (provinces, regions).</summary>
public interface ISearchFacetLabels
{
    string FacetKey { get; }
    Task<IReadOnlyDictionary<string, BilingualText>> LabelsAsync(AppDbContext db, CancellationToken ct);
}

public static class SearchSourceRegistration
{
    public static IServiceCollection AddSearchSource<T>(this IServiceCollection services) where T : class, ISearchSource =>
        services.AddSingleton<ISearchSource, T>();

    public static IServiceCollection AddSearchFacetLabels<T>(this IServiceCollection services) where T : class, ISearchFacetLabels =>
        services.AddSingleton<ISearchFacetLabels, T>();
}
