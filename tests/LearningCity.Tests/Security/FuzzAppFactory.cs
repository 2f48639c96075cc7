using LearningCity.Common.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Security;

/// <summary>The application with a <see cref="RequestWriteLog"/> on its database context.</summary>
public sealed class FuzzAppFactory : AppFactory
{
    public RequestWriteLog Writes => Services.GetRequiredService<RequestWriteLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<RequestWriteLog>();
            if (TestDatabase.IsPostgres)
                services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RequestWriteLog>()));
            else
                services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RequestWriteLog>()));
        });
    }
}
