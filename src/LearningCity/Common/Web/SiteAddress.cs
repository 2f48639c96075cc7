using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LearningCity.Common.Web;

/// <summary>
/// The site's public origin for links that leave the site (e-mail, credentials, calendar feeds), also where there
/// is no request (background services): Site:PublicUrl when configured, else the address the server listens on.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration, IServiceProvider services)
{
    public string Origin
    {
        get
        {
            var configured = configuration["Site:PublicUrl"];
            if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
            var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return string.IsNullOrWhiteSpace(listening) ? "http://localhost" : listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    public string Absolute(string path) => path.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? path : Origin + (path.StartsWith('/') ? path : "/" + path);
}
