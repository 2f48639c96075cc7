using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;

namespace LearningCity.Common.Web;

/// <summary>
/// Running behind a reverse proxy: the client's address and scheme are taken from X-Forwarded-For/-Proto only when the
/// request comes from a proxy named in Proxy:KnownProxies or Proxy:KnownNetworks (never from anyone else, who could
/// otherwise choose the address the rate limits see). In Production every cookie is Secure, the sign-in and antiforgery
/// cookies carry the __Host- prefix (no Domain, Path=/, Secure), and HTTPS responses carry HSTS.
/// </summary>
public static class ProxyAndCookies
{
    public static bool SecureCookies(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Security:SecureCookies") ?? environment.IsProduction();

    /// <summary>A cookie's name: with the __Host- prefix where cookies are Secure.</summary>
    public static string CookieName(string name, bool secure) => secure ? "__Host-" + name : name;

    public static void AddProxyAndCookies(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies the operator names are believed; the framework's default trust of loopback is dropped too.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in List(config, "Proxy:KnownProxies")) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in List(config, "Proxy:KnownNetworks")) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            o.ForwardLimit = config.GetValue<int?>("Proxy:ForwardLimit") ?? 1;
        });

        var secure = SecureCookies(config, builder.Environment);
        var policy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.Name = CookieName("tlc.af", secure);
            o.Cookie.SecurePolicy = policy;
            o.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = CookieName("tlc.tempdata", secure);
            o.Cookie.SecurePolicy = policy;
            o.Cookie.Path = "/";
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(config.GetValue<int?>("Security:HstsDays") ?? 365);
            o.IncludeSubDomains = false;
        });
    }

    public static void UseProxyAndCookies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (SecureCookies(app.Configuration, app.Environment)) app.UseHsts();
    }

    private static IEnumerable<string> List(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } single) values.AddRange(single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries));
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
    }
}
