using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Assessment.SelfAssessment;

/// <summary>
/// An assessment's evidence files, served only to its city's coordinators, reviewers once submitted, admins and, once
/// validated, researchers; never to every account (a validated assessment's values are open data, its evidence is not).
/// The file store keeps evidence out of the public <c>/files</c>.
/// </summary>
internal static class EvidenceFiles
{
    public static string Url(int cycleId, int cityId, string file) => $"/api/v1/assessments/cycles/{cycleId}/cities/{cityId}/evidence/{file}";

    public static void MapEvidenceFiles(this WebApplication app) =>
        app.MapGet("/api/v1/assessments/cycles/{cycleId:int}/cities/{cityId:int}/evidence/{name}", GetAsync)
            .WithTags("City self-assessment").RequireAuthorization(Policies.SignedIn).WithName("GetAssessmentEvidence")
            .WithSummary("An evidence file of a city's self-assessment, to those who may read the assessment.")
            .ProducesProblem(403).ProducesProblem(404);

    private static async Task<IResult> GetAsync(int cycleId, int cityId, string name, ClaimsPrincipal user, AppDbContext db, AssessmentDrafts drafts,
        AssessmentAccess access, FileStore files, JsonStringLocalizer l, CancellationToken ct)
    {
        if (await drafts.FindAsync(cycleId, cityId, ct) is not { } assessment) return TypedResults.NotFound();
        if (!await access.CanReadEvidenceAsync(user, cityId, assessment.Status, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Assessment.Error.NotYours"]);
        var evidence = assessment.Values.SelectMany(v => v.Evidence).FirstOrDefault(e => e.File == name);
        if (evidence is null || files.FindEvidence(name) is not { } stored) return TypedResults.NotFound();
        return TypedResults.PhysicalFile(stored.Path, stored.ContentType, FileStore.DownloadName(evidence.FileName, name));
    }
}
