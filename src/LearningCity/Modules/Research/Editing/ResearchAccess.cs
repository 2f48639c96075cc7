using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Research.Editing;

/// <summary>
/// Who may do what with research: admins and researchers add items; a researcher edits their own, an admin any;
/// published items are public, the rest only for their author and admins.
/// </summary>
public static class ResearchAccess
{
    public static bool CanCreate(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && (CityAccess.IsAdmin(user) || Privileges.Has(user, Roles.Researcher));

    public static bool CanEdit(ClaimsPrincipal user, ResearchItem item) =>
        user.Identity?.IsAuthenticated == true
        && (CityAccess.IsAdmin(user) || Privileges.Has(user, Roles.Researcher) && IsAuthor(user, item));

    public static bool CanView(ClaimsPrincipal user, ResearchItem item) =>
        item.Status == PublicationStatus.Published || CityAccess.IsAdmin(user) || IsAuthor(user, item);

    private static bool IsAuthor(ClaimsPrincipal user, ResearchItem item) =>
        CityAccess.UserId(user) is { } id && id != Guid.Empty && id == item.CreatedBy;
}
