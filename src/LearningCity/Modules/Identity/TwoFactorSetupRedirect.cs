using LearningCity.Common.Auth;
using LearningCity.Common.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LearningCity.Modules.Identity;

/// <summary>
/// An admin or judge without two-factor authentication is sent to set it up instead of seeing a bare
/// "access denied"; the API says the same in its 403 answer.
/// </summary>
internal sealed class TwoFactorSetupRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var user = context.User;
        var needsSetup = result.Forbidden && user.Identity?.IsAuthenticated == true
            && Privileges.AwaitsTwoFactor(user) && !Privileges.HasTwoFactor(user);
        if (!needsSetup)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        if (ErrorResponses.IsApi(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var l = context.RequestServices.GetRequiredService<Common.Localization.JsonStringLocalizer>();
            await Results.Problem(statusCode: 403, detail: l["Account.TwoFactorRequired"]).ExecuteAsync(context);
            return;
        }
        context.Response.Redirect("/account/two-factor?required=1");
    }
}
