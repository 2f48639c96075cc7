using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Identity.UserAdmin;

internal static class UserAdminApi
{
    public static void AddUserAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAccessChanges>();
    }

    public static void MapUserAdminApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/admin/users").WithTags("Administration").RequireAuthorization(Policies.Admin);
        group.MapGet("/", List).WithName("ListUsers");
        group.MapGet("/{id:guid}", Get).WithName("GetUser").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/roles", GrantRole).WithName("GrantRole").Produces<UserDetailDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/roles/{role}", RevokeRole).WithName("RevokeRole").Produces<UserDetailDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/cities", GrantCity).WithName("GrantCityScope").Produces<UserDetailDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/cities/{cityId:int}", RevokeCity).WithName("RevokeCityScope").Produces<UserDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/organisations", GrantOrganisation).WithName("GrantOrganisationMembership")
            .WithSummary("Makes the user a member of an organisation (and an Organizer if they are not one yet).")
            .Produces<UserDetailDto>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/organisations/{organisationId:int}", RevokeOrganisation).WithName("RevokeOrganisationMembership")
            .Produces<UserDetailDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Paged<UserSummaryDto>>> List(string? q, int? page, int? pageSize, UserDirectory directory, CancellationToken ct) =>
        TypedResults.Ok(await directory.SearchAsync(q, PageRequest.From(page, pageSize), ct));

    private static async Task<Results<Ok<UserDetailDto>, ProblemHttpResult>> Get(Guid id, UserDirectory directory, JsonStringLocalizer l, CancellationToken ct) =>
        await directory.FindAsync(id, ct) is { } user
            ? TypedResults.Ok(user)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: l["UserAdmin.UserNotFound"]);

    private static async Task<IResult> GrantRole(Guid id, RoleRequest request, HttpContext http, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct)
    {
        if (RequestValidation.Check(request, http) is { } invalid) return invalid;
        return await AnswerAsync(await changes.GrantRoleAsync(id, request.Role, actor, ct), id, directory, ct);
    }

    private static async Task<IResult> RevokeRole(Guid id, string role, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct) =>
        await AnswerAsync(await changes.RevokeRoleAsync(id, role, actor, ct), id, directory, ct);

    private static async Task<IResult> GrantCity(Guid id, CityScopeRequest request, HttpContext http, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct)
    {
        if (RequestValidation.Check(request, http) is { } invalid) return invalid;
        return await AnswerAsync(await changes.GrantCityAsync(id, request.CityId!.Value, actor, ct), id, directory, ct);
    }

    private static async Task<IResult> RevokeCity(Guid id, int cityId, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct) =>
        await AnswerAsync(await changes.RevokeCityAsync(id, cityId, actor, ct), id, directory, ct);

    private static async Task<IResult> GrantOrganisation(Guid id, MembershipRequest request, HttpContext http, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct)
    {
        if (RequestValidation.Check(request, http) is { } invalid) return invalid;
        return await AnswerAsync(await changes.GrantOrganisationAsync(id, request.OrganisationId!.Value, actor, ct), id, directory, ct);
    }

    private static async Task<IResult> RevokeOrganisation(Guid id, int organisationId, ClaimsPrincipal actor,
        UserAccessChanges changes, UserDirectory directory, CancellationToken ct) =>
        await AnswerAsync(await changes.RevokeOrganisationAsync(id, organisationId, actor, ct), id, directory, ct);

    /// <summary>A successful change answers with the user's access as it now is.</summary>
    private static async Task<IResult> AnswerAsync(AccessChange change, Guid id, UserDirectory directory, CancellationToken ct) => change.Outcome switch
    {
        AccessOutcome.Changed or AccessOutcome.Unchanged => TypedResults.Ok(await directory.FindAsync(id, ct)),
        AccessOutcome.UnknownRole => RequestValidation.Problem(nameof(RoleRequest.Role), change.Message!),
        AccessOutcome.UserNotFound or AccessOutcome.CityNotFound or AccessOutcome.OrganisationNotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: change.Message),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: change.Message),
    };
}
