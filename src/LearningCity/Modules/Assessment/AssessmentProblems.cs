using LearningCity.Common.Localization;
using LearningCity.Modules.Assessment.SelfAssessment;

namespace LearningCity.Modules.Assessment;

/// <summary>Turns the module's error keys into localized per-field 400 answers and messages.</summary>
internal static class AssessmentProblems
{
    /// <summary>"Key|argument" strings (from imports and framework checks) as one localized message each.</summary>
    public static string Message(string keyWithArgument, JsonStringLocalizer l)
    {
        var parts = keyWithArgument.Split('|', 2);
        return parts.Length == 2 ? l[parts[0], parts[1]].Value : l[parts[0]].Value;
    }

    public static IResult Validation(string field, IEnumerable<string> keys, JsonStringLocalizer l) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = keys.Select(k => Message(k, l)).ToArray() });

    public static IResult Validation(IEnumerable<ValueError> errors, JsonStringLocalizer l) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => l[e.Key, e.Arguments].Value).ToArray()));

    public static IResult Outcome(SaveOutcome outcome, JsonStringLocalizer l) => outcome switch
    {
        SaveOutcome.Locked => TypedResults.Problem(statusCode: 409, detail: l["Assessment.Error.Locked"]),
        SaveOutcome.Conflict => TypedResults.Problem(statusCode: 409, detail: l["Assessment.Error.Conflict"]),
        SaveOutcome.PastDeadline => TypedResults.Problem(statusCode: 409, detail: l["Assessment.Error.PastDeadline"]),
        _ => TypedResults.Problem(statusCode: 400, detail: l["Validation.InvalidValue"]),
    };
}
