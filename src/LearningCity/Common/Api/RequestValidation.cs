using System.ComponentModel.DataAnnotations;
using System.Reflection;
using LearningCity.Common.Localization;

namespace LearningCity.Common.Api;

/// <summary>
/// Validates an API request with its DataAnnotations and answers 400 ValidationProblem with per-field
/// errors in the caller's language (ErrorMessage and Display names are string keys).
/// </summary>
public static class RequestValidation
{
    public static Dictionary<string, string[]> Validate(object request, JsonStringLocalizer l)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(request);
            var display = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? l[key].Value : property.Name;
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (attribute.IsValid(value)) continue;
                var message = attribute.ErrorMessage is { } messageKey
                    ? l[messageKey, [display, .. ExtraArguments(attribute)]].Value
                    : attribute.FormatErrorMessage(display);
                var field = JsonName(property.Name);
                if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
                list.Add(message);
            }
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Null when valid; otherwise the 400 answer to return.</summary>
    public static IResult? Check(object request, HttpContext http)
    {
        var errors = Validate(request, http.RequestServices.GetRequiredService<JsonStringLocalizer>());
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    public static IResult Problem(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonName(field)] = [message] });

    private static object[] ExtraArguments(ValidationAttribute a) => a switch
    {
        StringLengthAttribute s => [s.MaximumLength, s.MinimumLength],
        MaxLengthAttribute m => [m.Length],
        RangeAttribute r => [r.Minimum, r.Maximum],
        _ => [],
    };

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
