using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Net.Http.Headers;

namespace LearningCity.Common.Web;

/// <summary>
/// A request that would change data and is signed in by the browser's cookie must prove it was not sent by another site
/// (docs/adr/0011-request-forgery.md): a header that a cross-site form cannot send, a body type that a cross-site form cannot
/// send, or a valid antiforgery token. Anything else is refused with 400 before the endpoint runs. Requests without the cookie
/// carry no ambient authority and are not affected; Razor Pages check their own form token.
/// </summary>
internal sealed class RequestForgeryGuard(RequestDelegate next, IAntiforgery antiforgery, IProblemDetailsService problems, JsonStringLocalizer l, ILogger<RequestForgeryGuard> log)
{
    /// <summary>Headers that the site's scripts send (htmx sends HX-Request on its own); a cross-site form can send neither.</summary>
    public static readonly string[] ScriptHeaders = ["X-Requested-With", "HX-Request"];

    // What an HTML form (or a fetch without a CORS preflight) can send: any other content type needs a preflight this site never grants.
    private static readonly string[] FormContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context) || FromScriptOrNonFormBody(context.Request) || await HasValidTokenAsync(context))
        {
            await next(context);
            return;
        }
        log.LogWarning("Refused a cookie-authenticated {Method} {Path} with neither a script header nor an antiforgery token", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Detail = l["Request.Error.Forgery"] },
        });
    }

    private static bool Applies(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<ActionDescriptor>() is null
        && context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);

    private static bool FromScriptOrNonFormBody(HttpRequest request)
    {
        if (ScriptHeaders.Any(h => !string.IsNullOrWhiteSpace(request.Headers[h]))) return true;
        return request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media) && media.MediaType.HasValue
            && !FormContentTypes.Any(f => media.MediaType.Equals(f, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<bool> HasValidTokenAsync(HttpContext context)
    {
        try { return await antiforgery.IsRequestValidAsync(context); }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException) { return false; } // a form that cannot be read carries no token
    }
}
