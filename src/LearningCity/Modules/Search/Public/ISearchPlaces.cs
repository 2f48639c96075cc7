namespace LearningCity.Modules.Search.Public;

/// <summary>
/// A place a query may name (a province): the facet value of its content and every name people type for it, Thai,
/// English and short forms ("อุบลราชธานี", "Ubon Ratchathani", "อุบล"). A query that names it finds the content of the
/// place, written in either language or tagged with it, and offers the place's facet.
/// </summary>
/// <param name="WholeArea">
/// True for a province: a query naming it also finds content tagged with it. False for a district or a town, whose
/// content the platform cannot tell apart from the rest of its province: its names find each other, and the province's
/// facet is offered.
/// </param>
public sealed record SearchPlace(string FacetKey, string Value, string NameTh, string NameEn, IReadOnlyList<string> Names, bool WholeArea);

/// <summary>The places a module knows (Cities: the provinces, with their short forms and well-known districts).</summary>
public interface ISearchPlaces
{
    IReadOnlyList<SearchPlace> Places { get; }
}

public static class SearchPlacesRegistration
{
    public static IServiceCollection AddSearchPlaces<T>(this IServiceCollection services) where T : class, ISearchPlaces =>
        services.AddSingleton<ISearchPlaces, T>();
}
