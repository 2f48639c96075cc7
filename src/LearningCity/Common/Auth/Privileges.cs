using System.Security.Claims;

namespace LearningCity.Common.Auth;

/// <summary>
/// The one place where code asks which roles a signed-in person holds. Admin and Judge count only with two-factor
/// authentication (the same rule as the Admin and Judge policies); the direct role check is banned elsewhere
/// (BannedSymbols.txt), so a privileged check cannot forget it.
/// </summary>
public static class Privileges
{
    public static bool IsAdmin(ClaimsPrincipal user) => Has(user, Roles.Admin);

    public static bool IsJudge(ClaimsPrincipal user) => Has(user, Roles.Judge);

    public static bool IsResearcher(ClaimsPrincipal user) => Has(user, Roles.Researcher);

    public static bool HasTwoFactor(ClaimsPrincipal user) => user.HasClaim(c => c.Type == AppClaims.TwoFactor);

    /// <summary>A role the account holds but may not use until it turns on two-factor authentication.</summary>
    public static bool AwaitsTwoFactor(ClaimsPrincipal user) => user.HasClaim(c => c.Type == AppClaims.AwaitingTwoFactor);

    public static bool Has(ClaimsPrincipal user, string role)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
#pragma warning disable RS0030 // the one sanctioned role check
        var holds = user.IsInRole(role);
#pragma warning restore RS0030
        return holds && (!Roles.RequireTwoFactor.Contains(role) || HasTwoFactor(user));
    }
}
