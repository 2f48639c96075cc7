using System.Security.Claims;

namespace LearningCity.Common.Auth;

/// <summary>What the site calls a signed-in person: the name they gave, else the part of their e-mail address before the @.</summary>
public static class DisplayNames
{
    public static string Of(ClaimsPrincipal user)
    {
        var name = user.FindFirst(AppClaims.DisplayName)?.Value;
        if (!string.IsNullOrWhiteSpace(name)) return name.Trim();
        var login = user.Identity?.Name ?? "";
        var at = login.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? login[..at] : login;
    }
}
