using Microsoft.AspNetCore.Http.Features;

namespace LearningCity.Common.Web;

/// <summary>
/// Refuses a body larger than Limits:MaxRequestBodyBytes with 413 before anything reads it. Kestrel enforces
/// the same limit for streamed bodies; this also covers hosts that do not (and answers in ProblemDetails).
/// </summary>
internal sealed class RequestSizeGuard(RequestDelegate next, IConfiguration config)
{
    private readonly long _max = config.GetValue<long?>("Limits:MaxRequestBodyBytes") ?? 25 * 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _max)
            return ErrorResponses.WriteStatusAsync(context, StatusCodes.Status413PayloadTooLarge);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = _max;
        return next(context);
    }
}
