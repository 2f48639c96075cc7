using System.Net;
using LearningCity.Common.Localization;
using Scalar.AspNetCore;

namespace LearningCity.Common.Web;

/// <summary>
/// The interactive API reference at /api-reference, in the platform's look: a bar in the brand colour that leads back
/// to the site, and without the reference vendor's own offers (the AI chat, SDK generation and deployment toolbar).
/// </summary>
internal static class ApiReferencePage
{
    private const string Css = """
        .tlc-bar { background: #0b5563; color: #fff; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
          font-family: "Noto Sans Thai", system-ui, sans-serif; }
        .tlc-bar a { color: #fff; text-decoration: underline; font-weight: 600; }
        .tlc-bar a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
        .tlc-bar span { opacity: .9; }
        """;

    public static void Configure(ScalarOptions options, HttpContext http)
    {
        var l = http.RequestServices.GetRequiredService<JsonStringLocalizer>();
        var language = Cultures.LanguageCode;
        options.WithTitle("Thailand Learning City Platform API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .WithCustomCss(Css)
            .AddHeaderContent($"""<nav class="tlc-bar" aria-label="{Encode(l["ApiReference.Bar"])}" lang="{language}"><a id="back-to-site" href="/">← {Encode(l["ApiReference.Back"])}</a><span>{Encode(l["ApiReference.Lead"])}</span></nav>""");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
