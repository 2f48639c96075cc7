using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Common.Api;

/// <summary>
/// A refusal that carries a report (an import's rows and their errors): a 400 ProblemDetails whose members are the report's
/// beside type, title, status and detail, so that every API error is a ProblemDetails and clients keep reading the rows.
/// </summary>
public static class ReportProblem
{
    public static IResult BadRequest<T>(T report, string detail)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = detail };
        foreach (var member in JsonSerializer.SerializeToElement(report, JsonSerializerOptions.Web).EnumerateObject())
            problem.Extensions[member.Name] = member.Value;
        return TypedResults.Problem(problem);
    }
}
