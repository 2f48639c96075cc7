using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

public enum SaveOutcome { Saved, Conflict, AdminOnly }

/// <summary>
/// Creating, changing and (un)publishing an item: each change is audited and logged for the search index
/// in the same unit of work, and saved only if the row still has the version the editor read.
/// </summary>
public abstract class PublishedItemEditing<TItem>(AppDbContext db, AuditLog audit, TimeProvider time, string searchType, string entityName)
    where TItem : class, IEditableItem, new()
{
    /// <summary>The state written to the audit log before and after a change.</summary>
    protected abstract object Snapshot(TItem item);

    public async Task<TItem> CreateAsync(Action<TItem> apply, bool publish, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var item = new TItem
        {
            Status = publish ? PublicationStatus.Published : PublicationStatus.Draft,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        apply(item);
        // The id exists only after the insert; the audit entry and the search log join the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Set<TItem>().Add(item);
        await db.SaveChangesAsync(ct);
        audit.Record($"{searchType}.create", entityName, item.Id, null, Snapshot(item));
        SearchChanges.Record(db, searchType, item.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return item;
    }

    /// <summary>Saves a tracked item if it still has the version the editor read; Conflict otherwise.</summary>
    public async Task<SaveOutcome> UpdateAsync(TItem item, uint readVersion, Action<TItem> apply, CancellationToken ct)
    {
        if (item.Version != readVersion) return SaveOutcome.Conflict;
        var before = Snapshot(item);
        apply(item);
        return await SaveAsync(item, readVersion, $"{searchType}.update", before, ct);
    }

    /// <summary>Publishes or unpublishes. An item removed by a moderator is published again only by an admin.</summary>
    public async Task<SaveOutcome> SetStatusAsync(TItem item, PublicationStatus status, ClaimsPrincipal user, CancellationToken ct)
    {
        if (item.Status == PublicationStatus.Removed && !CityAccess.IsAdmin(user)) return SaveOutcome.AdminOnly;
        if (item.Status == status) return SaveOutcome.Saved;
        var before = Snapshot(item);
        item.Status = status;
        return await SaveAsync(item, item.Version, status == PublicationStatus.Published ? $"{searchType}.publish" : $"{searchType}.unpublish", before, ct);
    }

    private async Task<SaveOutcome> SaveAsync(TItem item, uint readVersion, string action, object before, CancellationToken ct)
    {
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        db.Entry(item).Property(i => i.Version).OriginalValue = readVersion;
        item.Version = readVersion + 1;
        audit.Record(action, entityName, item.Id, before, Snapshot(item));
        SearchChanges.Record(db, searchType, item.Id);
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }
    }
}
