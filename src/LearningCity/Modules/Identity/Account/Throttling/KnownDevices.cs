using System.Security.Cryptography;
using System.Text;
using LearningCity.Common.Web;
using Microsoft.AspNetCore.DataProtection;

namespace LearningCity.Modules.Identity.Account.Throttling;

/// <summary>
/// Remembers, in a protected cookie, the accounts that have signed in on this browser, so that guesses at an account
/// from elsewhere never keep its owner out of their own device. The cookie holds short hashes, not addresses.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, IConfiguration config, IHostEnvironment environment)
{
    private const int MaxAccounts = 5;
    private readonly IDataProtector _protector = protection.CreateProtector("LearningCity.Identity.KnownDevices.v1");
    private readonly bool _secure = ProxyAndCookies.SecureCookies(config, environment);
    private string CookieName => ProxyAndCookies.CookieName("tlc.device", _secure);

    public bool Knows(HttpContext http, string account) => Read(http).Contains(Hash(account));

    public void Remember(HttpContext http, string account)
    {
        var hashes = Read(http).Where(h => h != Hash(account)).Prepend(Hash(account)).Take(MaxAccounts);
        http.Response.Cookies.Append(CookieName, _protector.Protect(string.Join('.', hashes)), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Path = "/",
            Secure = _secure || http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
    }

    private List<string> Read(HttpContext http)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } value) return [];
        try
        {
            return [.. _protector.Unprotect(value).Split('.', StringSplitOptions.RemoveEmptyEntries)];
        }
        catch (CryptographicException)
        {
            return [];
        }
    }

    private static string Hash(string account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SignInThrottle.Normalize(account))), 0, 12);
}
