using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Dashboards;

/// <summary>Dashboards of validated results: public, like the open data they are built from.</summary>
internal static class DashboardApi
{
    public static void MapDashboardApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments").WithTags("Assessment results");
        group.MapGet("/cycles/{cycleId:int}/dashboard", NationalAsync).WithName("NationalDashboard")
            .WithSummary("The national dashboard of a cycle: count, mean and median of the overall index, and every chart's data table.")
            .Produces<NationalSummary>().ProducesProblem(404);
        group.MapGet("/cycles/{cycleId:int}/dashboard/{chart}", ChartAsync).WithName("NationalDashboardChart")
            .WithSummary("One national chart's table (distribution, focus-areas, regions, provinces, types, sizes, improvers) as JSON, or as a file with format=csv|xlsx.")
            .Produces<ChartTable>().ProducesProblem(404);
        group.MapGet("/cities/{cityId:int}/dashboard", CityAsync).WithName("CityDashboard")
            .WithSummary("A city's focus-area scores against its peers and the nation, its trend, strengths and weaknesses (cycle: id, default the latest); chart=focus-areas|trend with format=csv|xlsx gives a file.")
            .Produces<CityProfileScores>().ProducesProblem(404);
        group.MapGet("/cycles/{cycleId:int}/compare", CompareAsync).WithName("CompareCities")
            .WithSummary("Overall and focus-area scores of chosen cities (cities=1,2,3; at most 8); format=csv|xlsx gives a file.")
            .Produces<ChartTable>().ProducesValidationProblem().ProducesProblem(404);
        group.MapGet("/cycles/{cycleId:int}/insights", InsightsAsync).WithName("CycleInsights")
            .WithSummary("Weakest focus areas, biggest improvers, and the relation between Booster participation and learning participation (format=csv|xlsx: that relation's table).")
            .Produces<CycleInsights>().ProducesProblem(404);
    }

    internal static Task<AssessmentCycle?> CycleAsync(AppDbContext db, int? id, CancellationToken ct) => id is { } cycleId
        ? db.AssessmentCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct)
        // The default is the newest cycle that has validated results.
        : db.AssessmentCycles.AsNoTracking().Where(c => db.AssessmentScores.Any(s => s.CycleId == c.Id)).OrderByDescending(c => c.YearBe).FirstOrDefaultAsync(ct);

    /// <summary>
    /// A city's dashboard opens on the newest cycle in which that city has a validated result; with none, on the newest
    /// cycle with any results (FellBack says so, and the page tells the reader).
    /// </summary>
    internal static async Task<(AssessmentCycle? Cycle, bool FellBack)> CityCycleAsync(AppDbContext db, int cityId, int? id, CancellationToken ct)
    {
        if (id is not null) return (await CycleAsync(db, id, ct), false);
        var validated = await db.AssessmentCycles.AsNoTracking()
            .Where(c => db.CityAssessments.Any(a => a.CycleId == c.Id && a.CityId == cityId && a.Status == AssessmentStatus.Validated))
            .OrderByDescending(c => c.YearBe).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        return validated is not null ? (validated, false) : (await CycleAsync(db, null, ct), true);
    }

    private static async Task<IResult> NationalAsync(int cycleId, AppDbContext db, NationalDashboard dashboard, CancellationToken ct) =>
        await CycleAsync(db, cycleId, ct) is { } cycle ? TypedResults.Ok(await dashboard.ForCycleAsync(cycle, ct)) : TypedResults.NotFound();

    private static async Task<IResult> ChartAsync(int cycleId, string chart, string? format, AppDbContext db, NationalDashboard dashboard, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await CycleAsync(db, cycleId, ct) is not { } cycle || await dashboard.ChartAsync(cycle, chart, ct) is not { } table) return TypedResults.NotFound();
        return format is null ? TypedResults.Ok(table) : ChartDownload.File(table, format, $"assessment-{cycle.YearBe}-{chart}", l);
    }

    private static async Task<IResult> CityAsync(int cityId, int? cycle, string? chart, string? format, AppDbContext db, CityDashboard dashboard, JsonStringLocalizer l, CancellationToken ct)
    {
        if ((await CityCycleAsync(db, cityId, cycle, ct)).Cycle is not { } c || await dashboard.ForAsync(cityId, c, ct) is not { } scores) return TypedResults.NotFound();
        if (chart is null) return TypedResults.Ok(scores);
        return scores.Charts.FirstOrDefault(t => t.Key == chart) is { } table
            ? ChartDownload.File(table, format, $"assessment-{c.YearBe}-city-{cityId}-{chart}", l) : TypedResults.NotFound();
    }

    private static async Task<IResult> CompareAsync(int cycleId, string? cities, string? format, AppDbContext db, CityDashboard dashboard, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await CycleAsync(db, cycleId, ct) is not { } cycle) return TypedResults.NotFound();
        if (ParseIds(cities) is not { Count: > 0 and <= 8 } ids) return AssessmentProblems.Validation("cities", ["Assessment.Compare.Cities"], l);
        var table = await dashboard.CompareAsync(cycle, ids, ct);
        return format is null ? TypedResults.Ok(table) : ChartDownload.File(table, format, $"assessment-{cycle.YearBe}-compare", l);
    }

    private static async Task<IResult> InsightsAsync(int cycleId, string? format, AppDbContext db, Insights insights, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await CycleAsync(db, cycleId, ct) is not { } cycle) return TypedResults.NotFound();
        var result = await insights.ForCycleAsync(cycle, ct);
        return format is null ? TypedResults.Ok(result) : ChartDownload.File(result.Participation, format, $"assessment-{cycle.YearBe}-participation", l);
    }

    internal static List<int>? ParseIds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var ids = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, out var id) || id <= 0) return null;
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }
}
