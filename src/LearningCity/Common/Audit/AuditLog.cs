using System.Security.Claims;
using System.Text.Json;
using LearningCity.Common.Data;

namespace LearningCity.Common.Audit;

/// <summary>
/// Adds an audit entry to the same unit of work as the change, so the change and its record
/// are saved together or not at all.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public void Record(string action, string entityType, object entityId, object? before, object? after, ClaimsPrincipal? actor = null)
    {
        actor ??= http.HttpContext?.User;
        var actorId = Guid.TryParse(actor?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        Add(actorId is null ? AuditActorKind.System : AuditActorKind.Account, actorId, action, entityType, entityId, before, after);
    }

    /// <summary>An entry whose actor is an account being deleted in the same unit of work: it never names the account.</summary>
    public void RecordByDeletedAccount(string action, string entityType, object entityId, object? after) =>
        Add(AuditActorKind.DeletedAccount, null, action, entityType, entityId, null, after);

    private void Add(AuditActorKind kind, Guid? actorId, string action, string entityType, object entityId, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            ActorKind = kind,
            ActorId = actorId,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
