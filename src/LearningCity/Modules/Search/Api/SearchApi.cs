using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Modules.Search.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Search.Api;

public sealed record SearchResponse(
    IReadOnlyList<SearchHit> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueCount>> Facets,
    int OpenNowCount, int OpenCallsCount,
    int Page, int PageSize, int TotalCount, int TotalPages,
    [property: System.ComponentModel.Description("True when the search was very broad: totalCount, the facet counts and the open counts are estimated from an even sample of the index, and the items are the best of that sample.")]
    bool TotalIsEstimate,
    [property: System.ComponentModel.Description("The query with a slip corrected to a word the index knows (โรงเรีน → โรงเรียน), when the words as typed found little; null otherwise. Search again with it as q.")]
    string? DidYouMean,
    [property: System.ComponentModel.Description("True when no item has every word of the query: the items have most of them (all but one of up to four words, three quarters of more).")]
    bool Relaxed,
    [property: System.ComponentModel.Description("Places the query names (\"Ubon Ratchathani\", \"อุบล\") that are not filtered on yet: add facetKey=value (province=TH-34) to search only there; label is the place's name in the caller's language.")]
    IReadOnlyList<SearchPlaceOffer> Places);

public sealed record RebuildResponse(long ChangeId);

internal static class SearchApi
{
    public static void MapSearchApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/search").WithTags("Search");
        group.MapGet("/", SearchAsync).WithName("Search").AllowAnonymous()
            .WithSummary("Search everything (Thai and English). Repeat a facet parameter for several values; titleHtml and summaryHtml are HTML-encoded with <mark> around matched words.")
            .ProducesValidationProblem();
        group.MapGet("/suggest", SuggestAsync).WithName("SearchSuggest").AllowAnonymous()
            .WithSummary("Typeahead: titles that start with what has been typed.");
        group.MapPost("/rebuild", RebuildAsync).WithName("RebuildSearchIndex").RequireAuthorization(Policies.Admin)
            .WithSummary("Ask every node to rebuild its search index from the database (admins).")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchParameters parameters, ISearchService search, JsonStringLocalizer l, CancellationToken ct)
    {
        var (query, errors) = parameters.ToQuery(l, Common.Api.PageRequest.DefaultSize, Common.Api.PageRequest.MaxSize);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var r = await search.SearchAsync(query, ct);
        return TypedResults.Ok(new SearchResponse(r.Hits, r.Facets, r.OpenNowCount, r.OpenCallsCount, r.Page, r.PageSize, r.Total, r.TotalPages, r.Estimated,
            r.DidYouMean, r.Relaxed, r.Places));
    }

    private static async Task<Ok<IReadOnlyList<SearchSuggestion>>> SuggestAsync(string? q, ISearchService search, CancellationToken ct) =>
        TypedResults.Ok(await search.SuggestAsync(q, 8, ct));

    private static async Task<Accepted<RebuildResponse>> RebuildAsync(AppDbContext db, CancellationToken ct)
    {
        var id = await SearchRebuild.RequestAsync(db, ct);
        return TypedResults.Accepted((string?)null, new RebuildResponse(id));
    }
}
