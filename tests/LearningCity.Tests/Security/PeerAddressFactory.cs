using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LearningCity.Tests.Security;

/// <summary>
/// The application seen from several network addresses: a request's X-Test-Peer header becomes the address of the
/// connection it came on (what a real socket would give), before any of the application's own middleware runs.
/// </summary>
public abstract class PeerAddressFactory : AppFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerStartup>());
    }

    public HttpClient ClientFrom(string peer, string? forwardedFor = null, string? forwardedProto = null)
    {
        var client = CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add(PeerHeader, peer);
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }

    private sealed class PeerStartup : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[PeerHeader].FirstOrDefault() is { } peer) context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(peer);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Behind a trusted proxy at 10.0.0.1, with a log-in budget of 3 posts a minute per client.</summary>
public sealed class ProxiedFactory : PeerAddressFactory
{
    public const string Proxy = "10.0.0.1";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("RateLimits:AuthPerMinute", "3"), new("Proxy:KnownProxies", Proxy)];
}

/// <summary>A clock the sign-in throttle tests move forward; it starts at the real time, so the seeded copy fits it.</summary>
public sealed class ThrottleFactory : PeerAddressFactory
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
