using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Modules.Assessment.Data;
using LearningCity.Modules.Cities.Public;

namespace LearningCity.Modules.Assessment.SelfAssessment;

/// <summary>
/// Who may do what with a city's self-assessment: the city's coordinators fill it in; reviewers and admins read
/// every submission and decide; everyone else sees only validated results (open data).
/// </summary>
public sealed class AssessmentAccess(CityAccess cities)
{
    public static bool IsReviewer(ClaimsPrincipal user) => Privileges.Has(user, Roles.Reviewer) || Privileges.IsAdmin(user);

    public Task<bool> CanFillInAsync(ClaimsPrincipal user, int cityId, CancellationToken ct) => cities.CanEditAsync(user, cityId, ct);

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, int cityId, AssessmentStatus? status, CancellationToken ct) =>
        status == AssessmentStatus.Validated || Privileges.IsAdmin(user)
        || (Privileges.Has(user, Roles.Reviewer) && status != AssessmentStatus.Draft) || await cities.CanEditAsync(user, cityId, ct);

    /// <summary>
    /// Evidence may hold documents a city shared for review only: its editors, reviewers (once submitted), admins and,
    /// once validated, researchers read it; the public reads only the validated values.
    /// </summary>
    public async Task<bool> CanReadEvidenceAsync(ClaimsPrincipal user, int cityId, AssessmentStatus? status, CancellationToken ct) =>
        Privileges.IsAdmin(user) || (Privileges.Has(user, Roles.Reviewer) && status != AssessmentStatus.Draft)
        || (Privileges.IsResearcher(user) && status == AssessmentStatus.Validated) || await cities.CanEditAsync(user, cityId, ct);
}
