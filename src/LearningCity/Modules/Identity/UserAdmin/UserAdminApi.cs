namespace LearningCity.Modules.Identity.UserAdmin;

internal static class UserAdminApi
{
    public static void MapUserAdminApi(this WebApplication app)
    {
        app.MapGroup("/api/v1/admin/users").WithTags("Administration").RequireAuthorization(Common.Auth.Policies.Admin);
    }
}
