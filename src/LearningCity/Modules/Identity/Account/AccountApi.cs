using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Identity.Account;

public sealed record MeDto(Guid Id, string Email, string DisplayName, string PreferredLanguage, string? ProvinceCode, int? BirthYear, bool TwoFactorEnabled, string[] Roles);

internal static class AccountApi
{
    public static void MapAccountApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/me").WithTags("Account").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", GetMe).WithName("GetMe");
    }

    private static async Task<Results<Ok<MeDto>, NotFound>> GetMe(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.NotFound();
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeDto(user.Id, user.Email ?? "", user.DisplayName, user.PreferredLanguage, user.ProvinceCode, user.BirthYear, user.TwoFactorEnabled, roles.Order().ToArray()));
    }
}
