using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Profile;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Approval;

internal static class ApprovalApi
{
    public static void MapApprovalApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:int}/approve", (int id, bool? makeProposerCoordinator, ClaimsPrincipal user, CityApproval approval, AppDbContext db, JsonStringLocalizer l, CancellationToken ct) =>
                DecideAsync(id, CityStatus.Approved, makeProposerCoordinator ?? false, user, approval, db, l, ct))
            .WithName("ApproveCity").WithSummary("Approve a proposed city; ?makeProposerCoordinator=true also makes its proposer its coordinator.").AdminOnly();
        group.MapPost("/{id:int}/reject", (int id, ClaimsPrincipal user, CityApproval approval, AppDbContext db, JsonStringLocalizer l, CancellationToken ct) =>
                DecideAsync(id, CityStatus.Rejected, false, user, approval, db, l, ct))
            .WithName("RejectCity").WithSummary("Reject a proposed city.").AdminOnly();
    }

    private static async Task<IResult> DecideAsync(int id, CityStatus decision, bool makeCoordinator, ClaimsPrincipal user,
        CityApproval approval, AppDbContext db, JsonStringLocalizer l, CancellationToken ct)
    {
        var outcome = await approval.DecideAsync(id, decision, makeCoordinator, user, ct);
        if (outcome == ApprovalOutcome.NotFound) return TypedResults.NotFound();
        if (outcome == ApprovalOutcome.AlreadyDecided)
            return TypedResults.Problem(statusCode: 409, detail: l["Cities.Admin.AlreadyDecided"]);
        var city = await db.Cities.AsNoTracking().FirstAsync(c => c.Id == id, ct);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == city.ProvinceCode, ct);
        return TypedResults.Ok(CityDto.Of(city, province, l));
    }

    public static RouteHandlerBuilder AdminOnly(this RouteHandlerBuilder b) =>
        b.RequireAuthorization(Policies.Admin).Produces<CityDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
