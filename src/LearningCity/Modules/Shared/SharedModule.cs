using LearningCity.Common.Localization;
using LearningCity.Common.Web;

namespace LearningCity.Modules.Shared;

public static class SharedModule
{
    public static void MapShared(this WebApplication app)
    {
        // A plain link switches language, so it works without script; only local return URLs are followed.
        app.MapGet("/culture/{lang}", (string lang, string? returnUrl, HttpContext http) =>
        {
            LanguageCookie.Set(http, lang);
            return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
        }).ExcludeFromDescription();
    }
}
