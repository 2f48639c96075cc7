using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LearningCity.Modules.Search.Public;

/// <summary>
/// Tells the search index that an item changed. Call it before your own SaveChangesAsync: the change-log row
/// then commits (or rolls back) together with the content, and every node's index picks it up.
/// </summary>
public static class SearchChanges
{
    /// <summary>The type of the row that asks every node to rebuild its index.</summary>
    public const string RebuildType = "*";

    public static void Record(AppDbContext db, string type, object id)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        db.Set<SearchChange>().Add(new SearchChange
        {
            Type = type,
            EntityId = Convert.ToString(id, CultureInfo.InvariantCulture) ?? throw new ArgumentNullException(nameof(id)),
            At = Clock(db).GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>The app's TimeProvider (a fake one in tests), reached through the context the caller already has.</summary>
    private static TimeProvider Clock(AppDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;
}
