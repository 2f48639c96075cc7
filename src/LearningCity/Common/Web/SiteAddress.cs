using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LearningCity.Common.Web;

/// <summary>
/// The site's public origin for links that leave the site (e-mail, credentials, calendar feeds, structured data), also
/// where there is no request (background services): Site:PublicUrl when configured, else (Development and tests only)
/// the address the server listens on. Never the request's Host header, which the caller chooses: a forged one would
/// send a password-reset link, with its token, to another site. Production refuses to start without Site:PublicUrl.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration, IServiceProvider services)
{
    public const string Setting = "Site:PublicUrl";

    public string Origin
    {
        get
        {
            var configured = configuration[Setting];
            if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim().TrimEnd('/');
            var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return string.IsNullOrWhiteSpace(listening) ? "http://localhost" : listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    public string Absolute(string path) => path.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? path : Origin + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>
    /// Stops a start whose public address is missing (in Production) or is not an absolute http(s) address (anywhere),
    /// with a message that says what to set.
    /// </summary>
    public static void CheckSetting(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (environment.IsProduction())
                throw new InvalidOperationException(
                    $"{Setting} is required in Production: set it to the site's public address (e.g. Site__PublicUrl=https://learningcity.example.go.th). " +
                    "E-mailed links, calendar feeds and credentials are built from it, never from a request's Host header.");
            return;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new InvalidOperationException($"{Setting} must be an absolute http(s) address without query, e.g. https://learningcity.example.go.th (it is '{value}').");
    }
}
