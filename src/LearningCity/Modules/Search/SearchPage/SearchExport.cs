using LearningCity.Common.Import;
using System.Globalization;
using System.Text;
using LearningCity.Common.Localization;
using LearningCity.Modules.Search.Api;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Search.SearchPage;

/// <summary>GET /search/export.csv?…: the hits of a search (up to MaxRows), with the same parameters as the page.</summary>
internal static class SearchExport
{
    public const int MaxRows = 5000;

    public static void MapSearchExport(this WebApplication app) =>
        app.MapGet("/search/export.csv", ExportAsync).ExcludeFromDescription().AllowAnonymous();

    private static async Task<IResult> ExportAsync([AsParameters] SearchParameters parameters, ISearchService search, JsonStringLocalizer l,
        TimeProvider time, CancellationToken ct)
    {
        parameters.PageNumber = null;
        parameters.PageSize = null;
        var (query, errors) = parameters.ToQuery(l, MaxRows, MaxRows);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var results = await search.SearchAsync(query with { Exact = true }, ct);

        var text = new StringBuilder();
        CsvWriter.Row(text, new[] { "Type", "Id", "Title", "Url", "Date", "DistanceKm", "Score" }.Select(h => l[$"Search.Csv.{h}"].Value));
        foreach (var hit in results.Hits)
        {
            CsvWriter.Row(text, [hit.Type, hit.Id, hit.Title, hit.Url, hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                hit.DistanceKm?.ToString(CultureInfo.InvariantCulture), hit.Score.ToString("0.###", CultureInfo.InvariantCulture)]);
        }
        var bytes = CsvWriter.Bytes(text);
        var name = $"search-{time.GetUtcNow():yyyyMMdd-HHmm}.csv";
        return TypedResults.File(bytes, "text/csv; charset=utf-8", name);
    }
}
