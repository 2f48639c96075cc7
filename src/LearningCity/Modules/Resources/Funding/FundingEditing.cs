using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;


/// <summary>Creating, changing and (un)publishing a funding source: each change is audited in the same unit of work.</summary>
public sealed class FundingEditing(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<FundingSource> CreateAsync(Action<FundingSource> apply, bool publish, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var item = new FundingSource
        {
            Status = publish ? PublicationStatus.Published : PublicationStatus.Draft,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        apply(item);
        // The id exists only after the insert; the audit entry joins the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.FundingSources.Add(item);
        await db.SaveChangesAsync(ct);
        audit.Record("funding.create", "FundingSource", item.Id, null, FundingSnapshot.Of(item));
        SearchChanges.Record(db, "funding", item.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return item;
    }

    /// <summary>Saves a tracked funding source if it still has the version the editor read; Conflict otherwise.</summary>
    public async Task<SaveOutcome> UpdateAsync(FundingSource item, uint readVersion, Action<FundingSource> apply, CancellationToken ct)
    {
        if (item.Version != readVersion) return SaveOutcome.Conflict;
        var before = FundingSnapshot.Of(item);
        apply(item);
        return await SaveAsync(item, readVersion, "funding.update", before, ct);
    }

    /// <summary>Publishes or unpublishes. A funding source removed by a moderator is published again only by an admin.</summary>
    public async Task<SaveOutcome> SetStatusAsync(FundingSource item, PublicationStatus status, ClaimsPrincipal user, CancellationToken ct)
    {
        if (item.Status == PublicationStatus.Removed && !CityAccess.IsAdmin(user)) return SaveOutcome.AdminOnly;
        if (item.Status == status) return SaveOutcome.Saved;
        var before = FundingSnapshot.Of(item);
        item.Status = status;
        return await SaveAsync(item, item.Version, status == PublicationStatus.Published ? "funding.publish" : "funding.unpublish", before, ct);
    }

    private async Task<SaveOutcome> SaveAsync(FundingSource item, uint readVersion, string action, FundingSnapshot before, CancellationToken ct)
    {
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // The row is updated only if it still has the version the change was based on.
        db.Entry(item).Property(f => f.Version).OriginalValue = readVersion;
        item.Version = readVersion + 1;
        audit.Record(action, "FundingSource", item.Id, before, FundingSnapshot.Of(item));
        SearchChanges.Record(db, "funding", item.Id);
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
