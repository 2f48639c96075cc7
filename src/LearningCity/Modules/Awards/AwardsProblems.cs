using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards;

/// <summary>A field and the key of its localized message (with optional arguments).</summary>
public sealed record FieldError(string Field, string Key, params object[] Arguments);

/// <summary>Turns the awards' error keys into localized ProblemDetails answers.</summary>
internal static class AwardsProblems
{
    public static IResult Validation(IEnumerable<FieldError> errors, JsonStringLocalizer l, string? detail = null) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l[e.Key, e.Arguments].Value).ToArray()),
            detail: detail is null ? null : l[detail].Value);

    public static IResult Conflict(string key, JsonStringLocalizer l) => TypedResults.Problem(statusCode: 409, detail: l[key]);

    public static IResult Conflict(string key, IEnumerable<string> reasons, JsonStringLocalizer l) =>
        TypedResults.Problem(statusCode: 409, detail: l[key], extensions: new Dictionary<string, object?> { ["reasons"] = reasons.Select(r => l[r].Value).ToArray() });

    public static IResult Forbidden(string key, JsonStringLocalizer l) => TypedResults.Problem(statusCode: 403, detail: l[key]);
}
