using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Identity.Account.Register;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Identity.Account;

public sealed record MeDto(Guid Id, string Email, string DisplayName, string PreferredLanguage, string? ProvinceCode, int? BirthYear, bool TwoFactorEnabled, string[] Roles);

public sealed record UpdateMeRequest(
    [property: Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.DisplayName")] string? DisplayName,
    [property: Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.PreferredLanguage")] string? PreferredLanguage,
    [property: Display(Name = "Account.Province")] string? ProvinceCode,
    [property: Display(Name = "Account.BirthYear")] int? BirthYear);

public sealed record RegisterRequest(
    [property: Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Email")] string? Email,
    [property: Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.DisplayName")] string? DisplayName,
    [property: Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.MaxLength"), Display(Name = "Account.Password")] string? Password,
    [property: Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.PreferredLanguage")] string? PreferredLanguage,
    [property: Display(Name = "Account.Province")] string? ProvinceCode,
    [property: Display(Name = "Account.BirthYear")] int? BirthYear,
    [property: Display(Name = "Account.Register.Consent")] bool AcceptTerms);

internal static class AccountApi
{
    public static void MapAccountApi(this WebApplication app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Account").RequireAuthorization(Policies.SignedIn);
        me.MapGet("/", GetMe).WithName("GetMe");
        me.MapPut("/", UpdateMe).WithName("UpdateMe");

        var account = app.MapGroup("/api/v1/account").WithTags("Account").AllowAnonymous().RequireRateLimiting(PlatformSetup.AuthRateLimit);
        account.MapPost("/register", RegisterAccount).WithName("RegisterAccount")
            .WithDescription("Creates a Learner account and e-mails a confirmation link. The answer is 202 also when the address already has an account (its owner is told by e-mail).");
    }

    private static async Task<Results<Ok<MeDto>, NotFound>> GetMe(ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.NotFound();
        return TypedResults.Ok(await ToDtoAsync(user, users));
    }

    private static async Task<Results<Ok<MeDto>, ValidationProblem, NotFound>> UpdateMe(
        UpdateMeRequest request, ClaimsPrincipal principal, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        ProfileRules rules, JsonStringLocalizer l, HttpContext http)
    {
        var errors = await ValidateAsync(request, request.PreferredLanguage, request.ProvinceCode, request.BirthYear, rules, l);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.NotFound();

        user.DisplayName = request.DisplayName!.Trim();
        user.PreferredLanguage = request.PreferredLanguage!;
        user.ProvinceCode = string.IsNullOrEmpty(request.ProvinceCode) ? null : request.ProvinceCode;
        user.BirthYear = request.BirthYear;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = result.Errors.Select(e => e.Description).ToArray() });
        // A browser calling with its cookie keeps a cookie that matches the new profile.
        if (http.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme) await signIn.RefreshSignInAsync(user);
        return TypedResults.Ok(await ToDtoAsync(user, users));
    }

    private static async Task<Results<Accepted, ValidationProblem>> RegisterAccount(
        RegisterRequest request, AccountRegistration registration, ProfileRules rules, JsonStringLocalizer l, HttpContext http)
    {
        var errors = await ValidateAsync(request, request.PreferredLanguage, request.ProvinceCode, request.BirthYear, rules, l);
        if (!request.AcceptTerms) errors["acceptTerms"] = [l["Account.Register.ConsentRequired"]];
        if (!string.IsNullOrEmpty(request.Password))
        {
            var problems = await registration.PasswordProblemsAsync(request.Password);
            if (problems.Count > 0) errors["password"] = [.. errors.GetValueOrDefault("password", []), .. problems];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var failures = await registration.RegisterAsync(new NewAccount(request.Email!, request.DisplayName!, request.Password!,
            request.PreferredLanguage!, request.ProvinceCode, request.BirthYear));
        if (failures.Count > 0)
            return TypedResults.ValidationProblem(failures.GroupBy(f => JsonName(f.Field)).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()));
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(object request, string? language, string? province, int? birthYear, ProfileRules rules, JsonStringLocalizer l)
    {
        var errors = RequestValidation.Validate(request, l);
        foreach (var (field, message) in await rules.CheckAsync(language, province, birthYear))
            errors[JsonName(field)] = [.. errors.GetValueOrDefault(JsonName(field), []), message];
        return errors;
    }

    private static string JsonName(string name) => name.Length == 0 ? "" : char.ToLowerInvariant(name[0]) + name[1..];

    private static async Task<MeDto> ToDtoAsync(AppUser user, UserManager<AppUser> users)
    {
        var roles = await users.GetRolesAsync(user);
        return new MeDto(user.Id, user.Email ?? "", user.DisplayName, user.PreferredLanguage, user.ProvinceCode, user.BirthYear, user.TwoFactorEnabled, roles.Order().ToArray());
    }
}
