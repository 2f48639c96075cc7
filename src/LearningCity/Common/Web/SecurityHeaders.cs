namespace LearningCity.Common.Web;

/// <summary>Security headers on every response. The API reference page needs inline script, so it alone gets a looser policy.</summary>
internal sealed class SecurityHeaders(RequestDelegate next, IConfiguration config)
{
    private readonly string _imageSources = config["Security:ExtraImageSources"] ?? "";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(self), geolocation=(self), microphone=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-reference")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
            : $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: {_imageSources}; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
        return next(context);
    }
}
