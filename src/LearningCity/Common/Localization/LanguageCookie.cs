using Microsoft.AspNetCore.Localization;

namespace LearningCity.Common.Localization;

public static class LanguageCookie
{
    /// <summary>Remembers the reader's language ("th" or "en") for the following requests.</summary>
    public static void Set(HttpContext http, string? language)
    {
        var culture = Cultures.FromLanguageCode(language);
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UnixEpoch.AddYears(100), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
    }
}
