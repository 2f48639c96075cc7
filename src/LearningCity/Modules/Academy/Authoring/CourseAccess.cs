using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Cities.Public;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>
/// Who may do what with courses: facilitators and admins author; a facilitator edits their own courses, an admin any;
/// published courses are public, drafts only for their author and admins.
/// </summary>
public static class CourseAccess
{
    public static bool CanCreate(ClaimsPrincipal user) => Privileges.IsAdmin(user) || Privileges.Has(user, Roles.Facilitator);

    public static bool CanEdit(ClaimsPrincipal user, Course course) =>
        Privileges.IsAdmin(user) || Privileges.Has(user, Roles.Facilitator) && IsAuthor(user, course);

    public static bool CanView(ClaimsPrincipal user, Course course) =>
        course.Status == CourseStatus.Published || Privileges.IsAdmin(user) || IsAuthor(user, course);

    private static bool IsAuthor(ClaimsPrincipal user, Course course) =>
        CityAccess.UserId(user) is { } id && id != Guid.Empty && id == course.CreatedBy;
}
