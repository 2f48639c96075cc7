using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace LearningCity.Common.Localization;

/// <summary>
/// API clients choose their language with Accept-Language ("en", "en-US", "th" ...). Pages ignore it on
/// purpose: the site opens in Thai for everyone and switches only when the reader asks.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api")) return NullProviderCultureResult;
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var first = languages.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault(l => l.Value.HasValue);
        if (first is null) return NullProviderCultureResult;
        var lang = first.Value.Value!.Split('-')[0].ToLowerInvariant();
        if (lang is not ("th" or "en")) return NullProviderCultureResult;
        var culture = Cultures.FromLanguageCode(lang);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }
}
