using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.Frameworks;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Dashboards;

/// <summary>Validated results as open data: every value and score of validated assessments, with the framework they answer. Drafts, submitted and returned ones never appear.</summary>
internal static class OpenResults
{
    private static readonly string[] Columns =
        ["year_be", "city_id", "city_name_th", "city_name_en", "province_code", "indicator_code", "indicator_name_th", "indicator_name_en", "value_type", "unit", "value", "score", "overall_index"];

    public static void MapOpenResults(this WebApplication app) =>
        app.MapGroup("/api/v1/assessments").WithTags("Assessment results")
            .MapGet("/cycles/{cycleId:int}/results", ResultsAsync).WithName("AssessmentResults")
            .WithSummary("Open data: the validated values and scores of a cycle with the framework's metadata (format=json, default, or csv). Licence CC BY 4.0.")
            .ProducesProblem(404);

    private sealed record Row(int CityId, string CityTh, string? CityEn, string Province, int IndicatorId, decimal? Number, string? Text, double? Score, double? Overall);

    private static async Task<IResult> ResultsAsync(int cycleId, string? format, AppDbContext db, CancellationToken ct)
    {
        if (await db.AssessmentCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct) is not { } cycle) return TypedResults.NotFound();
        var framework = await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct);
        var indicators = framework.Indicators.ToDictionary(i => i.Id);
        var query = from v in db.AssessmentValues.AsNoTracking()
                          join a in db.CityAssessments on v.CityAssessmentId equals a.Id
                          join c in db.Cities on a.CityId equals c.Id
                          where a.CycleId == cycleId && a.Status == AssessmentStatus.Validated
                          orderby c.Id, v.IndicatorId
                          select new Row(c.Id, c.Name.Th, c.Name.En, c.ProvinceCode, v.IndicatorId, v.Number, v.Text, v.Score, a.OverallScore);
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            // Streamed row by row: a national cycle is about half a million rows.
            return Results.Stream(async stream =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(true));
                var csv = new StringBuilder();
                CsvWriter.Row(csv, Columns);
                await foreach (var r in query.AsAsyncEnumerable().WithCancellation(ct))
                {
                    var i = indicators[r.IndicatorId];
                    CsvWriter.Row(csv, [cycle.YearBe.ToString(CultureInfo.InvariantCulture), r.CityId.ToString(CultureInfo.InvariantCulture), r.CityTh, r.CityEn, r.Province,
                        i.Code, i.Name.Th, i.Name.En, i.ValueType.ToString(), i.Unit, r.Text ?? r.Number?.ToString("0.####", CultureInfo.InvariantCulture),
                        r.Score?.ToString(CultureInfo.InvariantCulture), r.Overall?.ToString(CultureInfo.InvariantCulture)]);
                    if (csv.Length < 64 * 1024) continue;
                    await writer.WriteAsync(csv, ct);
                    csv.Clear();
                }
                await writer.WriteAsync(csv, ct);
            }, "text/csv; charset=utf-8", $"assessment-results-{cycle.YearBe}.csv");
        // Streamed too: the cities are written one by one as the ordered rows arrive, never all held at once.
        return TypedResults.Ok(new
        {
            Cycle = new { cycle.Id, cycle.YearBe, NameTh = cycle.Name.Th, NameEn = cycle.Name.En },
            Licence = "CC-BY-4.0",
            Framework = FrameworkDocument.Of(framework),
            Cities = CitiesAsync(query, indicators, ct),
        });
    }

    private sealed record CityValue(string IndicatorCode, string? Value, double? Score);

    private sealed record CityResult(int CityId, string NameTh, string? NameEn, string ProvinceCode, double? OverallIndex, List<CityValue> Values);

    /// <summary>The rows (ordered by city) grouped into one result per city.</summary>
    private static async IAsyncEnumerable<CityResult> CitiesAsync(IQueryable<Row> query, Dictionary<int, Indicator> indicators,
        [EnumeratorCancellation] CancellationToken ct)
    {
        CityResult? city = null;
        await foreach (var r in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (city is not null && city.CityId != r.CityId)
            {
                yield return city;
                city = null;
            }
            city ??= new CityResult(r.CityId, r.CityTh, r.CityEn, r.Province, r.Overall, []);
            var indicator = indicators[r.IndicatorId];
            city.Values.Add(new CityValue(indicator.Code, ValueParsing.Display(indicator, new AssessmentValue { Number = r.Number, Text = r.Text }), r.Score));
        }
        if (city is not null) yield return city;
    }
}
