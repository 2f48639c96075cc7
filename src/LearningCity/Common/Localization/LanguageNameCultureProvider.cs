using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace LearningCity.Common.Localization;

/// <summary>
/// Lets the query string (<c>?culture=en</c>) and the language cookie name a language by its two-letter code as well
/// as by the full culture name: the inner provider reads the value, and "en" or "th" become "en-GB" or "th-TH"
/// (an unknown name is passed on unchanged, for the middleware to ignore).
/// </summary>
internal sealed class LanguageNameCultureProvider(RequestCultureProvider inner) : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var found = await inner.DetermineProviderCultureResult(httpContext);
        if (found is null) return null;
        return new ProviderCultureResult(Recognised(found.Cultures), Recognised(found.UICultures));
    }

    private static List<StringSegment> Recognised(IList<StringSegment> names) =>
        [.. names.Select(n => new StringSegment(Cultures.Recognise(n.Value) ?? n.Value))];
}
