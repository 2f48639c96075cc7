using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Academy.Team;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Identity.Public;

namespace LearningCity.Modules.Academy.Api;

public sealed record TeamProgressDto(int CityId, IReadOnlyList<CityMember> Members, IReadOnlyList<TeamEnrolmentDto> Enrolments);

public sealed record TeamEnrolmentDto(Guid? UserId, string? DisplayName, EnrolmentDto Enrolment);

/// <summary>A city's team in the Academy: its coordinators (and admins) enrol people of the city and follow their progress.</summary>
internal static class TeamApi
{
    public static void MapTeamApi(this WebApplication app)
    {
        var team = app.MapGroup("/api/v1/academy/cities/{cityId:int}").WithTags("Academy").RequireAuthorization(Policies.SignedIn);
        team.MapGet("/team-progress", ProgressAsync).WithName("TeamProgress")
            .WithSummary("The people of the city (who may be enrolled) and the progress of everyone the city's coordinators enrolled.")
            .Produces<TeamProgressDto>().ProducesProblem(StatusCodes.Status403Forbidden);
        team.MapPost("/team-enrolments", EnrolAsync).WithName("EnrolTeam")
            .WithSummary("Enrol people of the city together on a published course, self-paced or in a cohort (a full cohort waitlists the rest). Each person must belong to the city.")
            .Produces<List<TeamEnrolmentOutcome>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> ProgressAsync(int cityId, ClaimsPrincipal user, CityAccess access, TeamEnrolment team, EnrolmentReading reading,
        AccountDirectory accounts, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!await access.CanEditAsync(user, cityId, ct)) return Forbidden(l);
        return TypedResults.Ok(await ReadAsync(cityId, team, reading, accounts, ct));
    }

    internal static async Task<TeamProgressDto> ReadAsync(int cityId, TeamEnrolment team, EnrolmentReading reading, AccountDirectory accounts, CancellationToken ct)
    {
        var enrolments = await reading.ForCityAsync(cityId, ct);
        var ids = await reading.LearnersAsync(enrolments.Select(e => e.Id), ct);
        var names = await accounts.DisplayNamesAsync(ids.Values.OfType<Guid>(), ct);
        return new TeamProgressDto(cityId, await team.MembersAsync(cityId, ct), enrolments.Select(e =>
        {
            var who = ids.GetValueOrDefault(e.Id);
            return new TeamEnrolmentDto(who, who is { } id ? names.GetValueOrDefault(id) : null, e);
        }).ToList());
    }

    private static async Task<IResult> EnrolAsync(int cityId, TeamEnrolmentInput input, ClaimsPrincipal user, CityAccess access, TeamEnrolment team,
        JsonStringLocalizer l, CancellationToken ct)
    {
        if (!await access.CanEditAsync(user, cityId, ct)) return Forbidden(l);
        var (outcomes, errors) = await team.EnrolAsync(cityId, input, CityAccess.UserId(user)!.Value, ct);
        return errors is not null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(outcomes);
    }

    private static IResult Forbidden(JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l["Academy.Error.Team.NotCoordinator"]);
}
