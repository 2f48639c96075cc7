using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Assessment.SelfAssessment;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.Review;

/// <param name="Comments">Indicator code → what the city must fix.</param>
public sealed record ReturnRequest(string? Note, Dictionary<string, string>? Comments);

public sealed record ValidateRequest(string? Note);

internal static class ReviewApi
{
    public static void MapReviewApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments").WithTags("Assessment review").RequireAuthorization();
        group.MapGet("/review-queue", QueueAsync).WithName("AssessmentReviewQueue").WithSummary("Submitted assessments waiting for a decision (reviewers and admins).")
            .ProducesProblem(403);
        group.MapPost("/cycles/{cycleId:int}/cities/{cityId:int}/return", ReturnAsync).WithName("ReturnCityAssessment")
            .WithSummary("Returns a submitted assessment to the city with comments per indicator (reviewers and admins).")
            .Produces<AssessmentDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/cycles/{cycleId:int}/cities/{cityId:int}/validate", ValidateAsync).WithName("ValidateCityAssessment")
            .WithSummary("Validates a submitted assessment; its scores become part of the cycle's open results (reviewers and admins).")
            .Produces<AssessmentDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> QueueAsync(ClaimsPrincipal user, AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!AssessmentAccess.IsReviewer(user)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotReviewer"]);
        var rows = await (from a in db.CityAssessments.AsNoTracking()
                          join c in db.Cities on a.CityId equals c.Id
                          join y in db.AssessmentCycles on a.CycleId equals y.Id
                          where a.Status == AssessmentStatus.Submitted
                          orderby a.SubmittedAt
                          select new { a.CycleId, y.YearBe, a.CityId, CityTh = c.Name.Th, CityEn = c.Name.En, a.Revision, a.SubmittedAt }).ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> ReturnAsync(int cycleId, int cityId, ReturnRequest input, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts,
        AssessmentReview review, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!AssessmentAccess.IsReviewer(user)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotReviewer"]);
        if (await SelfAssessmentApi.LoadAsync(db, drafts, cycleId, cityId, ct) is not { Assessment: { } a } c) return TypedResults.NotFound();
        var comments = new Dictionary<int, string>();
        foreach (var (code, comment) in input.Comments ?? [])
        {
            if (c.Framework.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } indicator)
                return AssessmentProblems.Validation("comments", [$"Assessment.Review.UnknownIndicator|{code}"], l);
            comments[indicator.Id] = comment;
        }
        var outcome = await review.ReturnAsync(a, input.Note, comments, user, ct);
        if (outcome == SaveOutcome.Invalid) return AssessmentProblems.Validation("comments", ["Assessment.Review.CommentNeeded"], l);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, a)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> ValidateAsync(int cycleId, int cityId, ValidateRequest? input, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts,
        AssessmentReview review, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!AssessmentAccess.IsReviewer(user)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotReviewer"]);
        if (await SelfAssessmentApi.LoadAsync(db, drafts, cycleId, cityId, ct) is not { Assessment: { } a } c) return TypedResults.NotFound();
        var outcome = await review.ValidateAsync(a, input?.Note, user, ct);
        if (outcome != SaveOutcome.Saved) return AssessmentProblems.Outcome(outcome, l);
        db.ChangeTracker.Clear();
        var fresh = (await drafts.FindAsync(cycleId, cityId, ct))!;
        return TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, fresh));
    }
}
