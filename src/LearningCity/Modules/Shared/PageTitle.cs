using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LearningCity.Modules.Shared;

/// <summary>
/// The text of a page's <c>ViewData["Title"]</c>, whatever the page put there: a string, a localized string
/// (<c>T["…"]</c>), HTML content, or any other object by its text. Empty or missing: null.
/// </summary>
public static class PageTitle
{
    public static string? From(object? title)
    {
        var text = title switch
        {
            null => null,
            string s => s,
            LocalizedString l => l.ResourceNotFound ? null : l.Value,
            IHtmlContent html => TextOf(html),
            _ => title.ToString(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string TextOf(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
