using LearningCity.Common.Auth;
using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Cycles;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Applications;

/// <summary>The city's changes to its application: draft saves, files, facts, submission and withdrawal.</summary>
internal static class ApplicationEditingApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPut("/{appId:int}", SaveAsync).WithName("SaveAwardApplication")
            .WithSummary("Saves a draft: narratives per criterion, evidence links, the mayor's name and title, consent. Sections left out are kept; a stale version is 409.")
            .Produces<ApplicationDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{appId:int}/evidence", EvidenceAsync).WithName("UploadAwardEvidence").DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches an evidence file (PDF, office document or image, checked by content), optionally to one criterion (criterionId).")
            .Produces<ApplicationDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{appId:int}/endorsement", EndorseAsync).WithName("EndorseAwardApplication").DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Attaches the mayor's signed endorsement letter (PDF or image, checked by content) with the mayor's name and title.")
            .Produces<ApplicationDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{appId:int}/facts/refresh", (int appId, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(appId, user, db, access, drafts, l, ct, (a, c) => drafts.RefreshFactsAsync(a, c, user, ct)))
            .WithName("RefreshAwardApplicationFacts").WithSummary("Computes the platform's facts again (learning spaces, resources, Booster outputs, assessment score).")
            .Produces<ApplicationDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{appId:int}/submit", SubmitAsync).WithName("SubmitAwardApplication")
            .WithSummary("Submits by the end of the call's closing day (Thai time); refused with the list of what is missing, or 409 after the call closes.")
            .Produces<ApplicationDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{appId:int}/withdraw", (int appId, VersionInput? input, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts, JsonStringLocalizer l, CancellationToken ct) =>
                EditAsync(appId, user, db, access, drafts, l, ct, (a, c) => drafts.WithdrawAsync(a, c, input?.Version, user, ct)))
            .WithName("WithdrawAwardApplication").WithSummary("Withdraws a draft or submitted application until the cycle is locked.")
            .Produces<ApplicationDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapGet("/{appId:int}/files/{name}", FileAsync).WithName("GetAwardApplicationFile").WithSummary("An evidence file or the endorsement letter (the city's coordinators, its assigned judges and admins).")
            .ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<(AwardApplication? Application, AwardCycle? Cycle, IResult? Refusal)> LoadAsync(int appId, ClaimsPrincipal user, AppDbContext db,
        CityAccess access, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await db.AwardApplications.FirstOrDefaultAsync(a => a.Id == appId, ct) is not { } a) return (null, null, TypedResults.NotFound());
        if (!await access.CanEditAsync(user, a.CityId, ct)) return (null, null, AwardsProblems.Forbidden("Awards.Error.NotYours", l));
        return (a, await CyclesApi.LoadAsync(db, a.CycleId, ct), null);
    }

    private static async Task<IResult> EditAsync(int appId, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts, JsonStringLocalizer l,
        CancellationToken ct, Func<AwardApplication, AwardCycle, Task<DraftOutcome>> edit)
    {
        var (a, cycle, refusal) = await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        var outcome = await edit(a!, cycle!);
        return outcome == DraftOutcome.Saved ? TypedResults.Ok(await ApplicationsApi.DtoAsync(db, a!, cycle!, drafts.ThaiToday, user, ct)) : ApplicationsApi.Problem(outcome, l);
    }

    private static async Task<IResult> SaveAsync(int appId, ApplicationInput input, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var (a, cycle, refusal) = await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        var (outcome, errors) = await drafts.SaveAsync(a!, cycle!, input, user, ct);
        if (outcome == DraftOutcome.Invalid) return AwardsProblems.Validation(errors, l);
        return outcome == DraftOutcome.Saved ? TypedResults.Ok(await ApplicationsApi.DtoAsync(db, a!, cycle!, drafts.ThaiToday, user, ct)) : ApplicationsApi.Problem(outcome, l);
    }

    private static async Task<IResult> EvidenceAsync(int appId, IFormFile? file, [FromForm] int? criterionId, ClaimsPrincipal user, AppDbContext db, CityAccess access,
        ApplicationDrafts drafts, FileStore files, JsonStringLocalizer l, CancellationToken ct)
    {
        var (a, cycle, refusal) = await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        if (criterionId is { } id && cycle!.Criteria.All(c => c.Id != id)) return AwardsProblems.Validation([new("criterionId", "Awards.Application.NoSuchCriterion")], l);
        if (!a!.IsEditable || cycle!.PhaseOn(drafts.ThaiToday) != AwardPhase.Open) return ApplicationsApi.Problem(a.IsEditable ? DraftOutcome.PastDeadline : DraftOutcome.Locked, l);
        var (name, original, error) = await AwardFiles.SaveEvidenceAsync(file, files, ct);
        if (error is not null) return AwardsProblems.Validation([new("file", error)], l);
        var outcome = await drafts.AddEvidenceAsync(a, cycle, new AwardEvidence(criterionId, name, original, null), user, ct);
        return outcome == DraftOutcome.Saved ? TypedResults.Ok(await ApplicationsApi.DtoAsync(db, a, cycle, drafts.ThaiToday, user, ct)) : ApplicationsApi.Problem(outcome, l);
    }

    private static async Task<IResult> EndorseAsync(int appId, IFormFile? letter, [FromForm] string? mayorName, [FromForm] string? mayorTitle, ClaimsPrincipal user,
        AppDbContext db, CityAccess access, ApplicationDrafts drafts, FileStore files, JsonStringLocalizer l, CancellationToken ct)
    {
        var (a, cycle, refusal) = await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        if (!a!.IsEditable || cycle!.PhaseOn(drafts.ThaiToday) != AwardPhase.Open) return ApplicationsApi.Problem(a.IsEditable ? DraftOutcome.PastDeadline : DraftOutcome.Locked, l);
        if (mayorName?.Trim().Length > 200 || mayorTitle?.Trim().Length > 200) return AwardsProblems.Validation([new("mayorName", "Awards.Validation.TooLong", 200)], l);
        var (name, _, error) = await AwardFiles.SaveLetterAsync(letter, files, ct);
        if (error is not null) return AwardsProblems.Validation([new("letter", error)], l);
        var outcome = await drafts.EndorseAsync(a, cycle, name!, mayorName, mayorTitle, user, ct);
        return outcome == DraftOutcome.Saved ? TypedResults.Ok(await ApplicationsApi.DtoAsync(db, a, cycle, drafts.ThaiToday, user, ct)) : ApplicationsApi.Problem(outcome, l);
    }

    private static async Task<IResult> SubmitAsync(int appId, VersionInput? input, ClaimsPrincipal user, AppDbContext db, CityAccess access, ApplicationDrafts drafts,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var (a, cycle, refusal) = await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        var (outcome, missing) = await drafts.SubmitAsync(a!, cycle!, input?.Version, user, ct);
        if (outcome == DraftOutcome.Invalid) return AwardsProblems.Validation(missing, l, "Awards.Submit.Missing");
        return outcome == DraftOutcome.Saved ? TypedResults.Ok(await ApplicationsApi.DtoAsync(db, a!, cycle!, drafts.ThaiToday, user, ct)) : ApplicationsApi.Problem(outcome, l);
    }

    private static async Task<IResult> FileAsync(int appId, string name, ClaimsPrincipal user, AppDbContext db, CityAccess access, FileStore files, JsonStringLocalizer l,
        CancellationToken ct)
    {
        // The judges assigned to the application read its evidence too.
        var judge = Privileges.IsJudge(user) && CityAccess.UserId(user) is { } userId && await db.JudgeAssignments.AnyAsync(j => j.ApplicationId == appId && j.JudgeUserId == userId, ct);
        var (a, _, refusal) = judge ? (await db.AwardApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == appId, ct), null, null)
            : await LoadAsync(appId, user, db, access, l, ct);
        if (refusal is not null) return refusal;
        if (a is null) return TypedResults.NotFound();
        if (a.EndorsementFile != name && a.Evidence.All(e => e.File != name) || files.FindEvidence(name) is not { } stored) return TypedResults.NotFound();
        return TypedResults.PhysicalFile(stored.Path, stored.ContentType, FileStore.DownloadName(a.Evidence.FirstOrDefault(e => e.File == name)?.FileName, name));
    }
}
