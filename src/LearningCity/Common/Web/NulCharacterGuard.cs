using LearningCity.Common.Api;
using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Common.Web;

/// <summary>
/// Refuses a query or an ordinary form (URL-encoded) with a U+0000 in a name or value: PostgreSQL cannot store or search it,
/// so it used to reach the database as a server error. JSON text is checked by <see cref="TextWithoutNul"/>.
/// </summary>
internal sealed class NulCharacterGuard(RequestDelegate next, IProblemDetailsService problems, JsonStringLocalizer l)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // The error page re-runs the pipeline for the same request: its form was already judged (and may be the unreadable
        // one that led here), so it is not read again.
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }
        var bad = FirstWithNul(request.Query);
        if (bad is null && request.HasFormContentType && request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            bad = FirstWithNul(await request.ReadFormOrRefuseAsync(context.RequestAborted));
        if (bad is null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (!ErrorResponses.IsApi(context)) return; // the error page answers
        var field = bad.Replace("\0", "", StringComparison.Ordinal);
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [l["Request.Error.Nul", field]] })
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = l["Request.Error.NulText"],
            },
        });
    }

    private static string? FirstWithNul(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values) =>
        values.FirstOrDefault(v => v.Key.Contains('\0') || v.Value.Any(x => x?.Contains('\0') == true)).Key;
}
