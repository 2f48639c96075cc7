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

    /// <summary>While an exception is handled the request path is the error page's; the feature keeps the path that was asked for.</summary>
    private static bool WasApi(HttpContext context) =>
        context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original).StartsWithSegments("/api") : IsApi(context);

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
            // Refusals the framework answers on its own (a content type no endpoint accepts, a body cut short) still say what to do.
            ctx.ProblemDetails.Detail ??= status switch
            {
                400 or 413 or 429 => l[$"Error.{status}.Text"].Value,
                415 => l["Request.Error.MediaType"].Value,
                _ => null,
            };
            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // A request that cannot be bound throws, so that the handler below can say what was wrong with it in the caller's language.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new TextWithoutNul()));
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
        app.UseMiddleware<NulCharacterGuard>();
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
            if (!WasApi(context)) return false;
            var status = StatusFor(exception);
            if (status >= 500) log.LogError(exception, "Unhandled error in {Path}", context.Features.Get<IExceptionHandlerPathFeature>()?.Path);
            var problem = exception is BadHttpRequestException bad
                ? BadRequestProblems.For(bad, context.RequestServices.GetRequiredService<JsonStringLocalizer>())
                : new ProblemDetails { Status = status };
            context.Response.StatusCode = problem.Status ?? status;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }
    }
}
