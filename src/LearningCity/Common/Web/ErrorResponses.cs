using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Common.Web;

/// <summary>
/// Turns an error into what the caller can read: ProblemDetails (title in the caller's language) for the
/// API, the friendly error page for people.
/// </summary>
public static class ErrorResponses
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static string TitleKey(int status) => status switch
    {
        400 or 401 or 403 or 404 or 405 or 409 or 413 or 415 or 429 => $"Error.{status}",
        >= 500 => "Error.500",
        _ => "Error.400",
    };

    public static void AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            var l = ctx.HttpContext.RequestServices.GetRequiredService<JsonStringLocalizer>();
            ctx.ProblemDetails.Title = l[TitleKey(status)];
            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
    }

    public static void UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = StatusFor,
        });
        app.UseWhen(IsApi, a => a.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), a => a.UseStatusCodePagesWithReExecute("/error/{0}"));
    }

    public static int StatusFor(Exception error) => error switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static Task WriteStatusAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        // With no body written, the status-code pages middleware renders the API problem or the error page.
        return Task.CompletedTask;
    }

    private sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            if (!IsApi(context)) return false;
            var status = StatusFor(exception);
            if (status >= 500) log.LogError(exception, "Unhandled error in {Path}", context.Request.Path);
            context.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status },
                Exception = exception,
            });
        }
    }
}
