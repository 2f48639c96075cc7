using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Identity;

/// <summary>
/// The application plus one page and one API endpoint guarded by the real Admin policy, so the account
/// tests can check what that policy and the two-factor redirect do without depending on the admin module.
/// </summary>
public sealed class AdminProbeFactory : AppFactory
{
    public const string PagePath = "/admin/probe-for-tests";
    public const string ApiPath = "/api/v1/admin/probe-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ProbeStartup>());
    }

    private sealed class ProbeStartup : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(c => c.Request.Path.StartsWithSegments(PagePath) || c.Request.Path.StartsWithSegments(ApiPath), probe =>
            {
                probe.UseRouting();
                probe.UseAuthentication();
                probe.UseAuthorization();
                probe.UseEndpoints(e =>
                {
                    e.MapGet(PagePath, () => Results.Text("admin page")).RequireAuthorization(Policies.Admin);
                    e.MapGet(ApiPath, () => Results.Ok()).RequireAuthorization(Policies.Admin);
                });
            });
            next(app);
        };
    }
}
