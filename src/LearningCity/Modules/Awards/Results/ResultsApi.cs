using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards.Results;

internal static class ResultsApi
{
    public static void MapResultsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/awards").WithTags("Awards");
        group.MapGet("/cycles/{id:int}/results", ResultsAsync).WithName("AwardResults")
            .WithSummary("A cycle's published results: winners and honourable mentions per category with the panel's citations (404 before publication).")
            .Produces<CycleResults>().ProducesProblem(404);
        group.MapPost("/cycles/{id:int}/publish", PublishAsync).WithName("PublishAwardResults").RequireAuthorization(Policies.Admin)
            .WithSummary("Publishes a locked cycle's results and issues an Open Badges 3.0 credential to each winning city (admins).")
            .Produces<CycleResults>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/applications/{id:int}/feedback", FeedbackAsync).WithName("AwardFeedbackReport").RequireAuthorization()
            .WithSummary("The panel's feedback on an application, judges anonymous, after publication (the city's coordinators and admins); format=csv to download.")
            .Produces<FeedbackReportDto>().ProducesProblem(404);
    }

    private static async Task<IResult> ResultsAsync(int id, PublishedResults results, CancellationToken ct) =>
        await results.ForAsync(id, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound();

    private static async Task<IResult> PublishAsync(int id, ClaimsPrincipal user, AwardPublication publication, PublishedResults results, JsonStringLocalizer l,
        CancellationToken ct) => await publication.PublishAsync(id, user, ct) switch
    {
        PublishOutcome.NotFound => TypedResults.NotFound(),
        PublishOutcome.NotLocked => TypedResults.Problem(statusCode: 409, detail: l["Awards.Error.NotLocked"]),
        PublishOutcome.AlreadyPublished => TypedResults.Problem(statusCode: 409, detail: l["Awards.Error.AlreadyPublished"]),
        _ => TypedResults.Ok(await results.ForAsync(id, ct)),
    };

    private static async Task<IResult> FeedbackAsync(int id, string? format, ClaimsPrincipal user, FeedbackReport feedback, CancellationToken ct)
    {
        if (await feedback.ForAsync(id, user, ct) is not { } report) return TypedResults.NotFound();
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(feedback.Csv(report), "text/csv; charset=utf-8", $"award-feedback-{report.YearBe}-{id}.csv")
            : TypedResults.Ok(report);
    }
}
