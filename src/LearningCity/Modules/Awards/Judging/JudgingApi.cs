using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>A judge's API: only their own assignments exist for them (anything else is 404).</summary>
internal static class JudgingApi
{
    public static void MapJudgingApi(WebApplication app)
    {
        var group = app.MapGroup("/api/v1/awards/judging").WithTags("Awards").RequireAuthorization(Policies.Judge);
        group.MapGet("", async (ClaimsPrincipal user, JudgeReading reading, CancellationToken ct) => TypedResults.Ok(await reading.MineAsync(user, ct)))
            .WithName("MyAwardAssignments").WithSummary("The applications assigned to the signed-in judge (blind cycles without the city).");
        group.MapGet("/{assignmentId:int}", async (int assignmentId, ClaimsPrincipal user, JudgeReading reading, CancellationToken ct) =>
                await reading.ReadAsync(assignmentId, user, ct) is { } dto ? HttpResults.Ok(dto) : HttpResults.NotFound())
            .WithName("AwardAssignment").WithSummary("One assigned application with the rubric, the judge's scores and, when allowed, the other judges' anonymised scores.")
            .Produces<JudgeApplicationDto>().ProducesProblem(404);
        group.MapPut("/{assignmentId:int}/scores/{criterionId:int}", async (int assignmentId, int criterionId, ScoreRequest input, ClaimsPrincipal user, Scoring scoring,
                JsonStringLocalizer l, CancellationToken ct) =>
                (await scoring.SaveAsync(assignmentId, criterionId, input, user, ct)).ToResult(l, s => TypedResults.Ok(JudgeReading.ToDto(s))))
            .WithName("ScoreAwardCriterion").WithSummary("Scores one criterion on its rubric with a comment; send the version you read (409 when someone changed it).")
            .Produces<ScoreDto>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{assignmentId:int}/submit", async (int assignmentId, ClaimsPrincipal user, Scoring scoring, JsonStringLocalizer l, CancellationToken ct) =>
                (await scoring.SubmitAsync(assignmentId, user, ct)).ToResult(l, a => TypedResults.Ok(new { a.Id, a.SubmittedAt })))
            .WithName("SubmitAwardScores").WithSummary("Submits the scores once every criterion is scored (400 lists the missing ones); they are final afterwards.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{assignmentId:int}/conflict", async (int assignmentId, DeclareConflictRequest input, ClaimsPrincipal user, ConflictRecords records,
                JsonStringLocalizer l, CancellationToken ct) =>
                (await records.DeclareAsync(assignmentId, input.Reason, user, ct)).ToResult(l, removed => TypedResults.Ok(new { removedAssignments = removed })))
            .WithName("DeclareAwardConflict").WithSummary("Declares a conflict of interest with the application's city; the judge's assignments to that city in the cycle are removed.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
    }
}
