using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Spaces;

public enum SaveOutcome { Saved, Conflict, AdminOnly }

/// <summary>Creating, changing and (un)publishing a space: each change is audited in the same unit of work.</summary>
public sealed class SpaceEditing(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<LearningSpace> CreateAsync(Action<LearningSpace> apply, bool publish, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var space = new LearningSpace
        {
            Status = publish ? PublicationStatus.Published : PublicationStatus.Draft,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        apply(space);
        // The id exists only after the insert; the audit entry joins the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LearningSpaces.Add(space);
        await db.SaveChangesAsync(ct);
        audit.Record("space.create", "LearningSpace", space.Id, null, SpaceSnapshot.Of(space));
        SearchChanges.Record(db, "space", space.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return space;
    }

    /// <summary>Saves a tracked space if it still has the version the editor read; Conflict otherwise.</summary>
    public async Task<SaveOutcome> UpdateAsync(LearningSpace space, uint readVersion, Action<LearningSpace> apply, CancellationToken ct)
    {
        if (space.Version != readVersion) return SaveOutcome.Conflict;
        var before = SpaceSnapshot.Of(space);
        apply(space);
        return await SaveAsync(space, readVersion, "space.update", before, ct);
    }

    /// <summary>Publishes or unpublishes. A space removed by a moderator is published again only by an admin.</summary>
    public async Task<SaveOutcome> SetStatusAsync(LearningSpace space, PublicationStatus status, ClaimsPrincipal user, CancellationToken ct)
    {
        if (space.Status == PublicationStatus.Removed && !CityAccess.IsAdmin(user)) return SaveOutcome.AdminOnly;
        if (space.Status == status) return SaveOutcome.Saved;
        var before = SpaceSnapshot.Of(space);
        space.Status = status;
        return await SaveAsync(space, space.Version, status == PublicationStatus.Published ? "space.publish" : "space.unpublish", before, ct);
    }

    private async Task<SaveOutcome> SaveAsync(LearningSpace space, uint readVersion, string action, SpaceSnapshot before, CancellationToken ct)
    {
        space.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // The row is updated only if it still has the version the change was based on.
        db.Entry(space).Property(s => s.Version).OriginalValue = readVersion;
        space.Version = readVersion + 1;
        audit.Record(action, "LearningSpace", space.Id, before, SpaceSnapshot.Of(space));
        SearchChanges.Record(db, "space", space.Id);
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
