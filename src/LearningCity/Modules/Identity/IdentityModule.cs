using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using LearningCity.Modules.Identity.Account;
using LearningCity.Modules.Identity.Organisations;
using LearningCity.Modules.Identity.UserAdmin;

namespace LearningCity.Modules.Identity;

public static class IdentityModule
{
    public static void AddIdentityModule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                // No lockout: five wrong guesses by anyone would lock the owner out. Guessing is slowed down per
                // account and client instead (SignInThrottle), and wrong two-factor codes never lock either.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        // Role changes take effect within a minute on every node: the security stamp is re-checked.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            var secure = Common.Web.ProxyAndCookies.SecureCookies(builder.Configuration, builder.Environment);
            o.Cookie.Name = Common.Web.ProxyAndCookies.CookieName("tlc.auth", secure);
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            // The API answers 401/403 ProblemDetails instead of redirecting to the log-in page.
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        // The cookies of a sign-in half-way through two-factor get the same protection as the sign-in itself.
        var secureCookies = Common.Web.ProxyAndCookies.SecureCookies(builder.Configuration, builder.Environment);
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = Common.Web.ProxyAndCookies.CookieName(scheme.Replace("Identity.", "tlc.", StringComparison.Ordinal), secureCookies);
                o.Cookie.Path = "/";
                o.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            });

        services.AddAuthorization(o =>
        {
            o.AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser());
            o.AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin).RequireClaim(AppClaims.TwoFactor));
            o.AddPolicy(Policies.Judge, p => p.RequireRole(Roles.Judge).RequireClaim(AppClaims.TwoFactor));
            o.AddPolicy(Policies.CityEditor, p => p.RequireRole(Roles.Admin, Roles.Coordinator));
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();
        services.AddSingleton<IStartupSeeder, RoleSeeder>();
        services.AddSingleton<IStartupSeeder, Seed.DemoAccountSeeder>();
        services.AddScoped<AccountEmails>();
        services.AddSingleton<Account.Throttling.SignInThrottle>();
        services.AddSingleton<Account.Throttling.KnownDevices>();
        services.AddScoped<ProfileRules>();
        services.AddScoped<Account.Register.AccountRegistration>();
        services.AddUserAdmin();
        services.AddOrganisations();
        services.AddScoped<Privacy.PersonalDataService>();
        services.AddScoped<Public.AccountDirectory>();
        services.AddScoped<Public.IPersonalData, Privacy.IdentityPersonalData>();
        services.AddScoped<Public.IPersonalData, Privacy.EmailPersonalData>();
    }

    public static void MapIdentity(this WebApplication app)
    {
        app.MapAccountApi();
        app.MapUserAdminApi();
        app.MapOrganisationsApi();
        Privacy.PersonalDataApi.MapPersonalDataApi(app);
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (Common.Web.ErrorResponses.IsApi(ctx.HttpContext))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Adds the two-factor claim that the Admin and Judge policies require.</summary>
internal sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(AppClaims.TwoFactor, "true"));
        else
        {
            // An admin or judge without two-factor gets no claim of that role at all, so no check anywhere (a policy,
            // a page, a forgotten direct check) can grant its powers; the marker sends them to set it up.
            foreach (var claim in identity.FindAll(identity.RoleClaimType).Where(c => Roles.RequireTwoFactor.Contains(c.Value)).ToList())
            {
                identity.RemoveClaim(claim);
                identity.AddClaim(new Claim(AppClaims.AwaitingTwoFactor, claim.Value));
            }
        }
        identity.AddClaim(new Claim("tlc:lang", user.PreferredLanguage));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim(AppClaims.DisplayName, user.DisplayName));
        return identity;
    }
}

internal sealed class RoleSeeder : IStartupSeeder
{
    public int Order => 0;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var roles = services.GetRequiredService<RoleManager<AppRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new AppRole(role));
    }
}
