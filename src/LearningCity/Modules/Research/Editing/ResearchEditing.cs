using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Research.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Research.Editing;

/// <summary>What a save ended in: the saved item, field errors, or a version conflict (with the version now stored).</summary>
public sealed record ResearchSave(ResearchItem? Item, Dictionary<string, string[]>? Errors = null, uint? ConflictVersion = null);

/// <summary>An uploaded file already stored by the FileStore: its stored name and the name it was uploaded with.</summary>
public sealed record StoredUpload(string Name, string OriginalName);

/// <summary>
/// Creating, changing, (un)publishing and deleting research items, for the pages and the API alike. Every change is
/// audited and logged for the search index in the same unit of work, and guarded by the version the caller read.
/// </summary>
public sealed class ResearchEditing(AppDbContext db, AuditLog audit, TimeProvider time, JsonStringLocalizer l)
{
    public const string SearchType = "research";
    private const string Entity = "ResearchItem";

    public Task<ResearchItem?> FindAsync(int id, CancellationToken ct) =>
        db.ResearchItems.Include(r => r.Keywords).Include(r => r.Cities).AsSplitQuery()
            .Where(r => r.Id == id).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);

    public async Task<ResearchSave> CreateAsync(ResearchInput input, StoredUpload? file, bool publish, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await CityErrorsAsync(input.CityIds, ct) is { } errors) return new ResearchSave(null, errors);
        var now = time.GetUtcNow().UtcDateTime;
        var item = new ResearchItem
        {
            Status = publish ? PublicationStatus.Published : PublicationStatus.Draft,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        Apply(item, input, file);
        // The id exists only after the insert; the audit entry and the search log join the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ResearchItems.Add(item);
        await db.SaveChangesAsync(ct);
        audit.Record("research.create", Entity, item.Id, null, ResearchSnapshot.Of(item));
        SearchChanges.Record(db, SearchType, item.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ResearchSave(item);
    }

    public async Task<ResearchSave> UpdateAsync(ResearchItem item, ResearchInput input, uint version, StoredUpload? file, CancellationToken ct)
    {
        if (await CityErrorsAsync(input.CityIds, ct) is { } errors) return new ResearchSave(null, errors);
        if (item.Version != version) return new ResearchSave(null, ConflictVersion: item.Version);
        var before = ResearchSnapshot.Of(item);
        Apply(item, input, file);
        return await SaveAsync(item, version, "research.update", before, ct);
    }

    public Task<ResearchSave> SetStatusAsync(ResearchItem item, PublicationStatus status, uint version, CancellationToken ct)
    {
        if (item.Version != version) return Task.FromResult(new ResearchSave(null, ConflictVersion: item.Version));
        var before = ResearchSnapshot.Of(item);
        item.Status = status;
        return SaveAsync(item, version, status == PublicationStatus.Published ? "research.publish" : "research.unpublish", before, ct);
    }

    /// <summary>Deletes the item if it still has the version read; the search log drops it from every node's index.</summary>
    public async Task<ResearchSave> DeleteAsync(ResearchItem item, uint version, CancellationToken ct)
    {
        if (item.Version != version) return new ResearchSave(null, ConflictVersion: item.Version);
        audit.Record("research.delete", Entity, item.Id, ResearchSnapshot.Of(item), null);
        SearchChanges.Record(db, SearchType, item.Id);
        db.Entry(item).Property(r => r.Version).OriginalValue = version;
        db.ResearchItems.Remove(item);
        return await TrySaveAsync(item, ct);
    }

    private void Apply(ResearchItem item, ResearchInput input, StoredUpload? file)
    {
        input.ApplyTo(item);
        if (file is not null) (item.FileName, item.FileOriginalName) = (file.Name, file.OriginalName);
        var keywords = input.Keywords ?? [];
        // Keywords are keyed by position: rows keep their position and take the new text; extra rows go, missing ones come.
        foreach (var k in item.Keywords.Where(k => k.Position < keywords.Count)) k.Text = keywords[k.Position];
        item.Keywords.RemoveAll(k => k.Position >= keywords.Count);
        item.Keywords.AddRange(Enumerable.Range(0, keywords.Count).Where(i => item.Keywords.All(x => x.Position != i))
            .Select(i => new ResearchKeyword { ResearchItemId = item.Id, Position = i, Text = keywords[i] }));
        var cities = input.CityIds ?? [];
        item.Cities.RemoveAll(c => !cities.Contains(c.CityId));
        item.Cities.AddRange(cities.Where(id => item.Cities.All(c => c.CityId != id)).Select(id => new ResearchItemCity { ResearchItemId = item.Id, CityId = id }));
    }

    /// <summary>A field error when a city id is not an approved learning city.</summary>
    private async Task<Dictionary<string, string[]>?> CityErrorsAsync(List<int>? cityIds, CancellationToken ct)
    {
        if (cityIds is not { Count: > 0 }) return null;
        var found = await db.Cities.CountAsync(c => cityIds.Contains(c.Id) && c.Status == CityStatus.Approved, ct);
        return found == cityIds.Count ? null : new() { ["cityIds"] = [l["Validation.Invalid", l["Research.Field.Cities"]].Value] };
    }

    private async Task<ResearchSave> SaveAsync(ResearchItem item, uint version, string action, ResearchSnapshot before, CancellationToken ct)
    {
        item.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // The row is updated only if it still has the version the caller read.
        db.Entry(item).Property(r => r.Version).OriginalValue = version;
        item.Version = version + 1;
        audit.Record(action, Entity, item.Id, before, ResearchSnapshot.Of(item));
        SearchChanges.Record(db, SearchType, item.Id);
        return await TrySaveAsync(item, ct);
    }

    private async Task<ResearchSave> TrySaveAsync(ResearchItem item, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return new ResearchSave(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ResearchItems.AsNoTracking().Where(r => r.Id == item.Id).Select(r => (uint?)r.Version).FirstOrDefaultAsync(ct);
            return new ResearchSave(null, ConflictVersion: current ?? 0);
        }
    }
}
