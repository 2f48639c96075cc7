using System.Text.Json;
using System.Text.RegularExpressions;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Common.Web;

/// <summary>
/// Says what was wrong with a request that minimal APIs could not bind (BadHttpRequestException): malformed JSON, a value of the
/// wrong type, a missing body, a wrong content type, a form that cannot be read. The field is named where it is known.
/// </summary>
internal static partial class BadRequestProblems
{
    public static ProblemDetails For(BadHttpRequestException error, JsonStringLocalizer l)
    {
        var status = error.StatusCode;
        var errors = new Dictionary<string, string[]>();
        string detail;
        if (error.InnerException is JsonException json)
        {
            // A reader error is bad syntax or nesting deeper than allowed; otherwise a value could not become the field's type.
            var syntax = json.InnerException is JsonException || json.Path is null;
            var field = FieldOf(json.Path, topLevel: syntax);
            var nul = json.InnerException is TextWithoutNul.NulCharacterException;
            detail = syntax ? l["Request.Error.Json", json.LineNumber is { } line ? line + 1 : 1, (json.BytePositionInLine ?? 0) + 1]
                : nul ? l["Request.Error.NulText"] : l["Request.Error.JsonValue"];
            if (field is not null)
                errors[field] = [syntax ? l["Request.Error.JsonAt", field] : nul ? l["Request.Error.Nul", field] : l["Validation.Invalid", field]];
        }
        else if (error.InnerException is AntiforgeryValidationException)
            detail = l["Request.Error.Forgery"];
        else if (error.InnerException is InvalidDataException or IOException)
        {
            // A form over one of its limits (body, headers, value count) is too large; any other is malformed, though the framework says 413 for both.
            status = error.InnerException.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            detail = status == StatusCodes.Status413PayloadTooLarge ? l["Error.413.Text"] : l["Request.Error.Form"];
        }
        else if (status == StatusCodes.Status415UnsupportedMediaType)
            detail = l["Request.Error.MediaType"];
        else if (status == StatusCodes.Status413PayloadTooLarge)
            detail = l["Error.413.Text"];
        else if (ParameterOf(error.Message) is { } parameter)
        {
            var fromBody = error.Message.Contains("from body", StringComparison.Ordinal) || error.Message.Contains("no body", StringComparison.Ordinal);
            detail = fromBody ? l["Validation.BodyRequired"] : l["Request.Error.Parameter", parameter];
            if (!fromBody)
                errors[parameter] = [error.Message.StartsWith("Required", StringComparison.Ordinal) ? l["Validation.Required", parameter] : l["Validation.Invalid", parameter]];
        }
        else detail = l["Error.400.Text"];

        return errors.Count > 0
            ? new HttpValidationProblemDetails(errors) { Status = status, Detail = detail }
            : new ProblemDetails { Status = status, Detail = detail };
    }

    /// <summary>
    /// "$.sessions[2].title" → "sessions[2].title"; the body itself ("$", "$[0]") names no field. Bad syntax is reported at the
    /// top-level property it is in: its path may be a long way down a deeply nested value.
    /// </summary>
    private static string? FieldOf(string? path, bool topLevel)
    {
        if (path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal)) return null;
        var field = path[2..];
        return topLevel ? field.Split('.', '[')[0] : field;
    }

    // The framework's messages name the parameter: Failed to bind parameter "int? page" from "abc". / Required parameter "string q" was not provided ...
    private static string? ParameterOf(string message) => ParameterName().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
