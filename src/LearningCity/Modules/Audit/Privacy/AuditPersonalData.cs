using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Audit.Privacy;

/// <summary>
/// The audit entries of what the person did, and of changes to their account. On erasure every entry stays (the
/// action, the entity and the time are the platform's record), but its actor becomes "deleted account", and the
/// person's id, e-mail and display name are taken out of the entity id and the before/after copies.
/// </summary>
internal sealed class AuditPersonalData(AppDbContext db, AccountDirectory accounts) : IPersonalData
{
    public string Section => "audit";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct)
    {
        var id = userId.ToString();
        return new
        {
            actionsByMe = await db.AuditEntries.AsNoTracking().Where(e => e.ActorId == userId).OrderBy(e => e.Id)
                .Select(e => new { e.At, e.Action, e.EntityType, e.EntityId }).ToListAsync(ct),
            changesToMyAccount = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == id).OrderBy(e => e.Id)
                .Select(e => new { e.At, e.Action, e.EntityType, e.Before, e.After }).ToListAsync(ct),
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        await db.AuditEntries.Where(e => e.ActorId == userId).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.ActorId, (Guid?)null).SetProperty(e => e.ActorKind, AuditActorKind.DeletedAccount), ct);
        if (await accounts.SubjectAsync(userId, ct) is not { } subject) return;
        var scrubber = new AuditTextScrubber(subject);
        foreach (var chunk in (await CandidatesAsync(scrubber.Needles, ct)).Chunk(500))
        {
            foreach (var entry in await db.AuditEntries.Where(e => chunk.Contains(e.Id)).ToListAsync(ct))
            {
                entry.EntityId = scrubber.Text(entry.EntityId)!;
                entry.Before = scrubber.Json(entry.Before);
                entry.After = scrubber.Json(entry.After);
            }
        }
    }

    /// <summary>The entries whose entity id or before/after mention the person, found by the database (lower-cased text search).</summary>
    private async Task<List<long>> CandidatesAsync(IReadOnlyList<string> needles, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        foreach (var needle in needles)
        {
            ids.UnionWith(await db.AuditEntries.AsNoTracking()
                .Where(e => e.EntityId.ToLower().Contains(needle) || e.Before!.ToLower().Contains(needle) || e.After!.ToLower().Contains(needle))
                .Select(e => e.Id).ToListAsync(ct));
        }
        return ids.Order().ToList();
    }
}
