using Microsoft.AspNetCore.Localization;

namespace LearningCity.Common.Localization;

/// <summary>
/// API clients choose their language with Accept-Language. Pages ignore it on purpose: the site opens in
/// Thai for everyone and switches only when the reader asks.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _inner = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api")
            ? _inner.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
}
