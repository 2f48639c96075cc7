using Microsoft.EntityFrameworkCore;

namespace LearningCity.Common.Data;

/// <summary>A piece of start-up data (reference data or demo content). Seeders run in Order after migrations.</summary>
public interface IStartupSeeder
{
    int Order { get; }
    Task SeedAsync(IServiceProvider services, CancellationToken ct);
}

public static class StartupMigration
{
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(scope.ServiceProvider, ct);
    }
}
