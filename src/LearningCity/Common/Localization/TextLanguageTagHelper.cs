using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningCity.Common.Localization;

/// <summary>
/// <c>&lt;td text-lang&gt;@item.Title&lt;/td&gt;</c>: content that people typed (a title, a name, an address) may be in the
/// other language than the page's, e.g. a Thai-only title on an English page. The element then gets that language's
/// <c>lang</c> so that screen readers pronounce it and the browser hyphenates and renders it as that language.
/// The content's language is the script most of its letters are in.
/// </summary>
[HtmlTargetElement("*", Attributes = Attribute)]
public sealed partial class TextLanguageTagHelper : TagHelper
{
    private const string Attribute = "text-lang";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll(Attribute);
        if (output.Attributes.ContainsName("lang")) return;
        var content = await output.GetChildContentAsync();
        var language = LanguageOf(WebUtility.HtmlDecode(Tags().Replace(content.GetContent(), " ")));
        if (language is not null && language != CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            output.Attributes.SetAttribute("lang", language);
    }

    /// <summary>"th" when most letters are Thai, "en" when most are Latin, null when there are none.</summary>
    public static string? LanguageOf(string text)
    {
        int thai = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0E01' and <= '\u0E5B') thai++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        if (thai == 0 && latin == 0) return null;
        return thai >= latin ? "th" : "en";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
