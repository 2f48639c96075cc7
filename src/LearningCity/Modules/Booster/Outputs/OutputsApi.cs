using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Outputs;

/// <summary>Output figures for organizers (their activity) and for those who assess cities (a city and a period).</summary>
internal static class OutputsApi
{
    public static void MapOutputsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Booster outputs").RequireAuthorization();
        group.MapGet("/activities/{id:int}/outputs", ActivityAsync).WithName("GetActivityOutputs")
            .WithSummary("Registrations, attendances, learners and learning hours of one activity, by age group (the activity's publishers and admins).")
            .Produces<ActivityOutputs>().ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/cities/{id:int}/booster-outputs", CityAsync).WithName("GetCityBoosterOutputs")
            .WithSummary("The same figures for all of a city's activities with sessions from `from` to `to` (ISO dates, Thai calendar days, inclusive; default: this Buddhist-Era year). For admins, researchers and the city's coordinators.")
            .Produces<CityOutputs>().ProducesValidationProblem().ProducesProblem(403);
    }

    private static async Task<IResult> ActivityAsync(int id, ClaimsPrincipal user, AppDbContext db, PublisherAccess access, IBoosterOutputs outputs,
        JsonStringLocalizer l, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null || !await access.CanViewAsync(user, activity, ct)) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, activity, ct)) return TypedResults.Problem(statusCode: 403, detail: l["Outputs.Error.NotPublisher"]);
        return TypedResults.Ok(await outputs.ForActivityAsync(id, ct));
    }

    private static async Task<IResult> CityAsync(int id, string? from, string? to, ClaimsPrincipal user, CityAccess cities, IBoosterOutputs outputs,
        TimeProvider time, JsonStringLocalizer l, CancellationToken ct)
    {
        if (!Privileges.Has(user, Roles.Researcher) && !await cities.CanEditAsync(user, id, ct))
            return TypedResults.Problem(statusCode: 403, detail: l["Outputs.Error.NotReader"]);
        var year = ThaiTime.Now(time).Year;
        var errors = new Dictionary<string, string[]>();
        var start = Parse(from, new DateOnly(year, 1, 1), "from", errors, l);
        var end = Parse(to, new DateOnly(year, 12, 31), "to", errors, l);
        if (errors.Count == 0 && end < start) errors["to"] = [l["Outputs.Error.Range"]];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await outputs.ForCityAsync(id, start, end, ct));
    }

    private static DateOnly Parse(string? value, DateOnly fallback, string field, Dictionary<string, string[]> errors, JsonStringLocalizer l)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [l["Outputs.Error.Date"]];
        return fallback;
    }
}
