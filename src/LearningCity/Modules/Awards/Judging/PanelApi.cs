using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>The secretariat's judging API for a cycle: the panel, mentoring relations and assignments.</summary>
internal static class PanelApi
{
    public static void MapPanelApi(WebApplication app)
    {
        var cycle = app.MapGroup("/api/v1/awards/cycles/{cycleId:int}").WithTags("Awards").RequireAuthorization(Policies.Admin);
        cycle.MapGet("/judges", async (int cycleId, JudgePanel panel, CancellationToken ct) => TypedResults.Ok(await panel.ListAsync(cycleId, ct)))
            .WithName("AwardJudges").WithSummary("The cycle's panel of judges with their load (admins).");
        cycle.MapPost("/judges", async (int cycleId, AddJudgeRequest input, ClaimsPrincipal user, JudgePanel panel, JsonStringLocalizer l, CancellationToken ct) =>
                (await panel.AddAsync(cycleId, input, user, ct)).ToResult(l, j => TypedResults.Created($"/api/v1/awards/cycles/{cycleId}/judges/{j.Id}", new { j.Id, j.UserId })))
            .WithName("AddAwardJudge").WithSummary("Adds a user with the Judge role to the panel, with what conflict checks need (admins).")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        cycle.MapDelete("/judges/{judgeId:int}", async (int cycleId, int judgeId, ClaimsPrincipal user, JudgePanel panel, JsonStringLocalizer l, CancellationToken ct) =>
                (await panel.RemoveAsync(cycleId, judgeId, user, ct)).ToResult(l, _ => TypedResults.NoContent()))
            .WithName("RemoveAwardJudge").WithSummary("Removes a judge who has not scored anything (admins).").ProducesProblem(404).ProducesProblem(409);

        cycle.MapGet("/assignments", async (int cycleId, Assigning assigning, CancellationToken ct) => TypedResults.Ok(await assigning.ListAsync(cycleId, ct)))
            .WithName("AwardAssignments").WithSummary("Every judge assignment of the cycle (admins).");
        cycle.MapPost("/assignments", async (int cycleId, AssignRequest input, ClaimsPrincipal user, Assigning assigning, JsonStringLocalizer l, CancellationToken ct) =>
                (await assigning.AssignAsync(cycleId, input, user, ct)).ToResult(l, a => TypedResults.Created($"/api/v1/awards/cycles/{cycleId}/assignments/{a.Id}", new { a.Id })))
            .WithName("AssignAwardJudge").WithSummary("Assigns a panel judge to a submitted application; 409 with every conflict-of-interest reason (admins).")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        cycle.MapDelete("/assignments/{assignmentId:int}", async (int cycleId, int assignmentId, ClaimsPrincipal user, Assigning assigning, JsonStringLocalizer l, CancellationToken ct) =>
                (await assigning.UnassignAsync(cycleId, assignmentId, user, ct)).ToResult(l, _ => TypedResults.NoContent()))
            .WithName("UnassignAwardJudge").WithSummary("Removes an assignment the judge has not scored (admins).").ProducesProblem(404).ProducesProblem(409);
        cycle.MapPost("/assignments/automatic", async (int cycleId, ClaimsPrincipal user, AutomaticAssignment automatic, JsonStringLocalizer l, CancellationToken ct) =>
                (await automatic.RunAsync(cycleId, user, ct)).ToResult(l, r => TypedResults.Ok(r)))
            .WithName("AssignAwardJudgesAutomatically").WithSummary("Fills every submitted application up to the cycle's judges per application, least loaded judges first (admins).")
            .Produces<AutomaticReport>().ProducesProblem(404).ProducesProblem(409);
        cycle.MapPost("/assignments/import", ImportAsync).WithName("ImportAwardAssignments")
            .WithSummary("Checks (dryRun=true, the default) or imports a CSV with application_id and judge_email: a multipart field 'file' or a text/csv body; all rows or none (admins).")
            .Accepts<IFormFile>("multipart/form-data", "text/csv").ProducesProblem(404).ProducesProblem(409);

        cycle.MapGet("/panel", async (int cycleId, PanelView panel, CancellationToken ct) =>
                await panel.LoadAsync(cycleId, ct) is { } dto ? HttpResults.Ok(dto) : HttpResults.NotFound())
            .WithName("AwardPanel").WithSummary("Per category, the submitted applications ranked by normalised score, with mean, median and disagreement (admins).")
            .Produces<PanelDto>().ProducesProblem(404);
        cycle.MapPost("/applications/{applicationId:int}/shortlist", async (int cycleId, int applicationId, ShortlistRequest input, ClaimsPrincipal user, Decisions decisions,
                JsonStringLocalizer l, CancellationToken ct) =>
                (await decisions.ShortlistAsync(cycleId, applicationId, input.Shortlisted, user, ct)).ToResult(l, a => TypedResults.Ok(new { a.Id, a.Shortlisted })))
            .WithName("ShortlistAwardApplication").WithSummary("Puts an application on or off the shortlist (admins).").ProducesProblem(404).ProducesProblem(409);
        cycle.MapPost("/applications/{applicationId:int}/decision", async (int cycleId, int applicationId, DecisionRequest input, ClaimsPrincipal user, Decisions decisions,
                JsonStringLocalizer l, CancellationToken ct) =>
                (await decisions.DecideAsync(cycleId, applicationId, input, user, ct)).ToResult(l, a => TypedResults.Ok(new { a.Id, Outcome = a.Outcome.ToString(), a.Rationale, a.DecidedAt })))
            .WithName("DecideAwardApplication").WithSummary("Records the final decision (Winner, HonourableMention or None) with its rationale (admins).")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        cycle.MapPost("/lock", async (int cycleId, ClaimsPrincipal user, Decisions decisions, JsonStringLocalizer l, CancellationToken ct) =>
                (await decisions.LockAsync(cycleId, user, ct)).ToResult(l, c => TypedResults.Ok(new { c.Id, c.LockedAt })))
            .WithName("LockAwardCycle").WithSummary("Locks the cycle: no assignment, score, shortlist or decision changes afterwards (admins).")
            .ProducesProblem(404).ProducesProblem(409);

        var mentoring = app.MapGroup("/api/v1/awards/mentoring").WithTags("Awards").RequireAuthorization(Policies.Admin);
        mentoring.MapGet("", async (ConflictRecords records, CancellationToken ct) => TypedResults.Ok(await records.MentoringAsync(ct)))
            .WithName("AwardMentoringRelations").WithSummary("Recorded mentoring relations between people and cities (admins).");
        mentoring.MapPost("", async (MentoringRequest input, ClaimsPrincipal user, ConflictRecords records, JsonStringLocalizer l, CancellationToken ct) =>
                (await records.RecordMentoringAsync(input, user, ct)).ToResult(l, m => TypedResults.Created($"/api/v1/awards/mentoring/{m.Id}", new { m.Id })))
            .WithName("RecordAwardMentoring").WithSummary("Records that a person mentors a city; it bars them from judging it (admins).").ProducesProblem(400).ProducesProblem(409);
        mentoring.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, ConflictRecords records, CancellationToken ct) =>
                await records.RemoveMentoringAsync(id, user, ct) ? HttpResults.NoContent() : HttpResults.NotFound())
            .WithName("RemoveAwardMentoring").WithSummary("Removes a mentoring relation (admins).");
    }

    private static async Task<IResult> ImportAsync(int cycleId, HttpRequest request, bool? dryRun, ClaimsPrincipal user, AssignmentCsv csv, JsonStringLocalizer l, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormOrRefuseAsync(ct);
            if (form.Files.GetFile("file") is { } file) await file.CopyToAsync(buffer, ct);
        }
        else await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return Common.Api.RequestValidation.Problem("file", l["Awards.Judging.Csv.NoFile"]);
        var outcome = await csv.RunAsync(cycleId, buffer.ToArray(), dryRun ?? true, user, ct);
        return outcome.ToResult(l, r => r.Valid ? TypedResults.Ok(r) : ReportProblem.BadRequest(r, l["Awards.Judging.Csv.Refused"]));
    }
}
