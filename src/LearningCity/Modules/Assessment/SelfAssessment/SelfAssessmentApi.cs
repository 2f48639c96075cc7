using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment.SelfAssessment;

internal static class SelfAssessmentApi
{
    public static void MapSelfAssessmentApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/assessments/cycles/{cycleId:int}/cities/{cityId:int}").WithTags("City self-assessment").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", GetAsync).WithName("GetCityAssessment")
            .WithSummary("A city's self-assessment in a cycle. The city's coordinators start it (pre-filled) on first read; reviewers see submitted ones; everyone signed in sees validated ones.")
            .Produces<AssessmentDto>().ProducesProblem(403).ProducesProblem(404);
        group.MapPut("/values/{code}", PutValueAsync).WithName("PutAssessmentValue")
            .WithSummary("Saves one indicator's value, comment, override reason and evidence links (drafts and returned assessments only).")
            .Produces<AssessmentDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/values/{code}/evidence", UploadAsync).WithName("UploadAssessmentEvidence").DisableAntiforgery()
            .WithSummary("Attaches an evidence file (PDF, office document, image; checked by content) to one indicator.").Accepts<IFormFile>("multipart/form-data")
            .Produces<AssessmentDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/submit", SubmitAsync).WithName("SubmitCityAssessment")
            .WithSummary("Submits for review; refused with the list of missing indicators, after the deadline, or when already submitted.")
            .Produces<AssessmentDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/revisions", RevisionsAsync).WithName("ListAssessmentRevisions").WithSummary("Every kept version (submission, return, validation) with its values.")
            .ProducesProblem(403).ProducesProblem(404);
    }

    internal sealed record Context(AssessmentCycle Cycle, IndicatorFramework Framework, CityAssessment? Assessment);

    internal static async Task<Context?> LoadAsync(AppDbContext db, AssessmentDrafts drafts, int cycleId, int cityId, CancellationToken ct)
    {
        var cycle = await db.AssessmentCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null || !await db.Cities.AnyAsync(c => c.Id == cityId, ct)) return null;
        return new Context(cycle, await FrameworkReader.LoadAsync(db, cycle.FrameworkId, ct), await drafts.FindAsync(cycleId, cityId, ct));
    }

    private static async Task<IResult> GetAsync(int cycleId, int cityId, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts, AssessmentAccess access,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (await LoadAsync(db, drafts, cycleId, cityId, ct) is not { } c) return TypedResults.NotFound();
        var mayFill = await access.CanFillInAsync(user, cityId, ct);
        if (c.Assessment is null && mayFill) c = c with { Assessment = await drafts.StartAsync(c.Cycle, c.Framework, cityId, user, ct) };
        if (c.Assessment is null) return TypedResults.NotFound();
        if (!await access.CanReadAsync(user, cityId, c.Assessment.Status, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        return TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, c.Assessment));
    }

    private static async Task<IResult> PutValueAsync(int cycleId, int cityId, string code, ValueInput input, ClaimsPrincipal user, AppDbContext db,
        AssessmentDrafts drafts, AssessmentAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!await access.CanFillInAsync(user, cityId, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        if (await LoadAsync(db, drafts, cycleId, cityId, ct) is not { } c) return TypedResults.NotFound();
        if (c.Framework.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } indicator) return TypedResults.NotFound();
        var assessment = c.Assessment ?? await drafts.StartAsync(c.Cycle, c.Framework, cityId, user, ct);
        var (outcome, errors) = await drafts.SaveValueAsync(assessment, indicator, input, null, user, ct);
        if (outcome == SaveOutcome.Invalid) return AssessmentProblems.Validation(errors, l);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, assessment)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> UploadAsync(int cycleId, int cityId, string code, IFormFile? file, ClaimsPrincipal user, AppDbContext db,
        AssessmentDrafts drafts, AssessmentAccess access, FileStore files, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!await access.CanFillInAsync(user, cityId, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        if (await LoadAsync(db, drafts, cycleId, cityId, ct) is not { } c) return TypedResults.NotFound();
        if (c.Framework.Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } indicator) return TypedResults.NotFound();
        var assessment = c.Assessment ?? await drafts.StartAsync(c.Cycle, c.Framework, cityId, user, ct);
        if (!assessment.IsEditable) return AssessmentProblems.Outcome(SaveOutcome.Locked, l);
        if (await EvidenceUpload.SaveAsync(file, files, ct) is not { } saved) return AssessmentProblems.Validation([EvidenceUpload.Error(file)], l);
        var current = assessment.Values.FirstOrDefault(v => v.IndicatorId == indicator.Id);
        var keep = new ValueInput(ValueParsing.Display(indicator, current), current?.Comment, current?.OverrideReason);
        var (outcome, errors) = await drafts.SaveValueAsync(assessment, indicator, keep, [saved], user, ct);
        if (outcome == SaveOutcome.Invalid) return AssessmentProblems.Validation(errors, l);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, assessment)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> SubmitAsync(int cycleId, int cityId, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts, AssessmentAccess access,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (!await access.CanFillInAsync(user, cityId, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        if (await LoadAsync(db, drafts, cycleId, cityId, ct) is not { Assessment: { } assessment } c) return TypedResults.NotFound();
        var (outcome, missing) = await drafts.SubmitAsync(c.Cycle, c.Framework, assessment, user, ct);
        if (outcome == SaveOutcome.Invalid)
            return TypedResults.ValidationProblem(missing.GroupBy(m => m.Indicator.Code).ToDictionary(g => g.Key, g => g.Select(m => l[m.Key, m.Indicator.Name.Current].Value).ToArray()),
                detail: l["Assessment.Submit.Missing"]);
        return outcome == SaveOutcome.Saved ? TypedResults.Ok(AssessmentDto.Of(c.Cycle, c.Framework, assessment)) : AssessmentProblems.Outcome(outcome, l);
    }

    private static async Task<IResult> RevisionsAsync(int cycleId, int cityId, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts, AssessmentAccess access,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (await LoadAsync(db, drafts, cycleId, cityId, ct) is not { Assessment: { } a }) return TypedResults.NotFound();
        if (!await access.CanReadAsync(user, cityId, a.Status, ct) || (a.Status == AssessmentStatus.Validated && !AssessmentAccess.IsReviewer(user) && !await access.CanFillInAsync(user, cityId, ct)))
            return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        var revisions = await db.AssessmentRevisions.AsNoTracking().Where(r => r.CityAssessmentId == a.Id).OrderBy(r => r.Id)
            .Select(r => new { r.Revision, Status = r.Status.ToString(), r.Note, r.At, Values = r.ValuesJson }).ToListAsync(ct);
        return TypedResults.Ok(revisions.Select(r => new { r.Revision, r.Status, r.Note, r.At, Values = System.Text.Json.JsonDocument.Parse(r.Values).RootElement }));
    }
}
