using LearningCity.Modules.Resources.Public;
using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Library;

/// <summary>What a save ended in: the saved resource, field errors, or a version conflict.</summary>
public sealed record ResourceSave(LearningResource? Resource, Dictionary<string, string[]>? Errors = null, uint? ConflictVersion = null)
{
    public bool Ok => Resource is not null && Errors is null && ConflictVersion is null;
}

/// <summary>
/// Creating, changing, publishing and unpublishing a resource, for the pages and the API alike. Every change
/// is audited in the same unit of work and guarded by the version the caller read.
/// </summary>
public sealed class ResourceEditing(AppDbContext db, AuditLog audit, TimeProvider time, JsonStringLocalizer l)
{
    public Task<LearningResource?> FindAsync(int id, CancellationToken ct) =>
        db.LearningResources.Include(r => r.Topics).Where(r => r.Id == id).OrderBy(r => r.Id).FirstOrDefaultAsync(ct);

    /// <summary>Topic ids for slugs; null (with a field error) when one is unknown.</summary>
    public async Task<(List<int>? Ids, Dictionary<string, string[]>? Errors)> TopicIdsAsync(IReadOnlyList<string>? slugs, CancellationToken ct)
    {
        if (slugs is not { Count: > 0 }) return ([], null);
        var found = await db.Topics.AsNoTracking().Where(t => slugs.Contains(t.Slug)).Select(t => new { t.Id, t.Slug }).ToListAsync(ct);
        if (found.Count == slugs.Count) return (found.Select(t => t.Id).ToList(), null);
        return (null, new() { ["topics"] = [l["Validation.Invalid", l["Resources.Field.Topics"]].Value] });
    }

    public async Task<ResourceSave> CreateAsync(ResourceInput input, int? cityId, int? organisationId, string? file, string? fileOriginalName,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (topicIds, errors) = await TopicIdsAsync(input.Topics, ct);
        if (topicIds is null) return new ResourceSave(null, errors);
        var now = time.GetUtcNow().UtcDateTime;
        var resource = new LearningResource
        {
            CityId = cityId, OrganisationId = organisationId, Status = PublicationStatus.Draft,
            CreatedBy = CityAccess.UserId(user) ?? Guid.Empty, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        input.ApplyTo(resource);
        if (file is not null) (resource.FileName, resource.FileOriginalName) = (file, fileOriginalName);
        resource.Topics = topicIds.Select(t => new ResourceTopic { TopicId = t }).ToList();
        // The id exists only after the insert, so the resource and its audit entry share one transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.LearningResources.Add(resource);
        await db.SaveChangesAsync(ct);
        audit.Record("resource.create", "LearningResource", resource.Id, null, ResourceSnapshot.Of(resource));
        SearchChanges.Record(db, "resource", resource.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ResourceSave(resource);
    }

    public async Task<ResourceSave> UpdateAsync(LearningResource resource, ResourceInput input, uint version, (int? City, int? Organisation)? publisher,
        string? file, string? fileOriginalName, CancellationToken ct)
    {
        var (topicIds, errors) = await TopicIdsAsync(input.Topics, ct);
        if (topicIds is null) return new ResourceSave(null, errors);
        if (resource.Version != version) return new ResourceSave(null, ConflictVersion: resource.Version);
        var before = ResourceSnapshot.Of(resource);
        input.ApplyTo(resource);
        if (publisher is { } p) (resource.CityId, resource.OrganisationId) = p;
        if (file is not null) (resource.FileName, resource.FileOriginalName) = (file, fileOriginalName);
        resource.Topics.RemoveAll(t => !topicIds.Contains(t.TopicId));
        resource.Topics.AddRange(topicIds.Where(id => resource.Topics.All(t => t.TopicId != id)).Select(id => new ResourceTopic { ResourceId = resource.Id, TopicId = id }));
        return await SaveAsync(resource, version, "resource.update", before, ct);
    }

    /// <summary>Publishes (today, unless a publication date was given). Removed items only an admin may publish again.</summary>
    public Task<ResourceSave> PublishAsync(LearningResource resource, uint version, CancellationToken ct)
    {
        if (resource.Version != version) return Task.FromResult(new ResourceSave(null, ConflictVersion: resource.Version));
        var before = ResourceSnapshot.Of(resource);
        resource.Status = PublicationStatus.Published;
        resource.PublishedOn ??= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(7));
        return SaveAsync(resource, version, "resource.publish", before, ct);
    }

    public Task<ResourceSave> UnpublishAsync(LearningResource resource, uint version, CancellationToken ct)
    {
        if (resource.Version != version) return Task.FromResult(new ResourceSave(null, ConflictVersion: resource.Version));
        var before = ResourceSnapshot.Of(resource);
        resource.Status = PublicationStatus.Unpublished;
        return SaveAsync(resource, version, "resource.unpublish", before, ct);
    }

    public static bool MayPublish(LearningResource resource, ClaimsPrincipal user) =>
        resource.Status != PublicationStatus.Published && (resource.Status != PublicationStatus.Removed || CityAccess.IsAdmin(user));

    private async Task<ResourceSave> SaveAsync(LearningResource resource, uint version, string action, ResourceSnapshot before, CancellationToken ct)
    {
        resource.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // The row is updated only if it still has the version the caller read.
        db.Entry(resource).Property(r => r.Version).OriginalValue = version;
        resource.Version = version + 1;
        audit.Record(action, "LearningResource", resource.Id, before, ResourceSnapshot.Of(resource));
        SearchChanges.Record(db, "resource", resource.Id);
        try
        {
            await db.SaveChangesAsync(ct);
            return new ResourceSave(resource);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.LearningResources.AsNoTracking().Where(r => r.Id == resource.Id).Select(r => r.Version).FirstAsync(ct);
            return new ResourceSave(null, ConflictVersion: current);
        }
    }
}
