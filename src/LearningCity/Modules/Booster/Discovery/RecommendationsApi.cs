using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Activities;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningCity.Modules.Booster.Discovery;

public sealed record RecommendationDto(ActivityDto Activity, SessionDto NextSession, int Score, IReadOnlyList<string> Reasons);

internal static class RecommendationsApi
{
    public static void MapRecommendationsApi(this WebApplication app)
    {
        app.MapGet("/api/v1/activities/recommendations", ListAsync).WithTags("Activities").WithName("ActivityRecommendations")
            .WithSummary("Upcoming activities for the signed-in learner, ranked by age group, interests, province or distance (lat/lon), preferred days and past activities, each with its reasons.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Results<Ok<IReadOnlyList<RecommendationDto>>, UnauthorizedHttpResult, ValidationProblem>> ListAsync(
        double? lat, double? lon, int? limit, ClaimsPrincipal user, Recommendations recommendations, JsonStringLocalizer l, CancellationToken ct)
    {
        if (CityAccess.UserId(user) is not { } userId) return TypedResults.Unauthorized();
        if (!IsLocation(lat, lon))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lat"] = [l["Discovery.Error.Location"]] });
        var list = await recommendations.ForAsync(userId, lat, lon, Math.Clamp(limit ?? 20, 1, 50), ct);
        return TypedResults.Ok<IReadOnlyList<RecommendationDto>>(list.Select(r =>
            new RecommendationDto(ActivityDto.Of(r.Activity), SessionDto.Of(r.Activity.Id, r.NextSession), r.Score, r.Reasons)).ToList());
    }

    // Both or neither; NaN and infinity are numbers to the binder but no place on Earth.
    private static bool IsLocation(double? lat, double? lon) =>
        (lat, lon) is (null, null) || (lat is >= -90 and <= 90 && lon is >= -180 and <= 180);
}
