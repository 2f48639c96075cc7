using LearningCity.Common.Localization;
using Microsoft.AspNetCore.Localization;

namespace LearningCity.Modules.Shared;

public static class SharedModule
{
    public static void MapShared(this WebApplication app)
    {
        // A plain link switches language, so it works without script; only local return URLs are followed.
        app.MapGet("/culture/{lang}", (string lang, string? returnUrl, HttpContext http) =>
        {
            var culture = Cultures.FromLanguageCode(lang);
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UnixEpoch.AddYears(100), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
    }
}
