using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Resources.Moderation;

public sealed record ReportCreatedDto(long Id, string ContentType, int ContentId, string Reason, string Status);

internal static class ReportsApi
{
    public static void MapReportsApi(this WebApplication app)
    {
        app.MapPost("/api/v1/reports", CreateAsync).WithTags("Reports").WithName("ReportContent").RequireAuthorization(Policies.SignedIn)
            .WithSummary("Report a published resource, space or funding source (one open report per person and item).")
            .Produces<ReportCreatedDto>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        var admin = app.MapGroup("/api/v1/admin/reports").WithTags("Reports").RequireAuthorization(Policies.Admin);
        admin.MapGet("/", ListAsync).WithName("ListOpenReports").WithSummary("Open reports, oldest first.");
        admin.MapPost("/{id:long}/dismiss", DismissAsync).WithName("DismissReport").WithSummary("Close a report without changing the item.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:long}/remove-content", RemoveContentAsync).WithName("RemoveReportedContent")
            .WithSummary("Take the reported item down (status Removed) and close its open reports.")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateAsync(ReportInput input, HttpContext http, ClaimsPrincipal user, ContentModeration moderation,
        JsonStringLocalizer l, CancellationToken ct)
    {
        input.Normalize();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        var (outcome, report) = await moderation.ReportAsync(input, user, ct);
        return outcome switch
        {
            ReportOutcome.Done => TypedResults.Created($"/api/v1/admin/reports/{report!.Id}",
                new ReportCreatedDto(report.Id, report.ContentType, report.ContentId, report.Reason, report.Status.ToString())),
            ReportOutcome.Duplicate => TypedResults.Problem(statusCode: 409, detail: l["Resources.Report.Duplicate"]),
            _ => TypedResults.Problem(statusCode: 404, detail: l["Resources.Error.NotFound"]),
        };
    }

    private static async Task<Ok<IReadOnlyList<OpenReportDto>>> ListAsync(ContentModeration moderation, CancellationToken ct) =>
        TypedResults.Ok(await moderation.OpenReportsAsync(ct));

    private static async Task<IResult> DismissAsync(long id, ResolutionInput? input, HttpContext http, ClaimsPrincipal user,
        ContentModeration moderation, JsonStringLocalizer l, CancellationToken ct)
    {
        input ??= new ResolutionInput();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        return Answer(await moderation.DismissAsync(id, input.Note, user, ct), l);
    }

    private static async Task<IResult> RemoveContentAsync(long id, ResolutionInput? input, HttpContext http, ClaimsPrincipal user,
        ContentModeration moderation, JsonStringLocalizer l, CancellationToken ct)
    {
        input ??= new ResolutionInput();
        if (RequestValidation.Check(input, http) is { } invalid) return invalid;
        return Answer(await moderation.RemoveContentAsync(id, input.Note, user, ct), l);
    }

    private static IResult Answer(ReportOutcome outcome, JsonStringLocalizer l) => outcome switch
    {
        ReportOutcome.Done => TypedResults.NoContent(),
        ReportOutcome.NotOpen => TypedResults.Problem(statusCode: 409, detail: l["Resources.Report.NotOpen"]),
        _ => TypedResults.Problem(statusCode: 404, detail: l["Resources.Report.NotFound"]),
    };
}
