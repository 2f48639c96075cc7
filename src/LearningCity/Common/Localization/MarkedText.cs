using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace LearningCity.Common.Localization;

/// <summary>
/// A localized text whose examples are in the other language ("abbreviations such as {0}" with ทน.): each example is
/// put in the text encoded and, when its script is not the page's language, in a <c>span</c> with that <c>lang</c>.
/// </summary>
public static class MarkedText
{
    public static IHtmlContent Format(string template, params string[] examples)
    {
        var page = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var marked = examples.Select(e =>
        {
            var encoded = WebUtility.HtmlEncode(e);
            return TextLanguageTagHelper.LanguageOf(e) is { } lang && lang != page ? $"<span lang=\"{lang}\">{encoded}</span>" : encoded;
        }).ToArray<object>();
        return new HtmlString(string.Format(CultureInfo.InvariantCulture, WebUtility.HtmlEncode(template), marked));
    }
}
