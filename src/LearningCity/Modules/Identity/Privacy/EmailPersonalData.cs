using LearningCity.Common.Data;
using LearningCity.Common.Email;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Identity.Privacy;

/// <summary>
/// E-mail to the person: the outbox rows (queued and sent) and the .eml copies in the pickup folder. On erasure both
/// are deleted: mail not yet sent is never sent to an address whose owner left, and no copy names them.
/// </summary>
internal sealed class EmailPersonalData(AppDbContext db, AccountDirectory accounts, PickupFolder pickup) : IPersonalData
{
    public string Section => "email";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken ct)
    {
        if (await accounts.SubjectAsync(userId, ct) is not { Email.Length: > 0 } subject) return null;
        var address = subject.Email.ToLowerInvariant();
        return new
        {
            outbox = await db.OutboxEmails.AsNoTracking().Where(e => e.To.ToLower() == address).OrderBy(e => e.Id)
                .Select(e => new { e.To, e.Subject, e.TextBody, e.CreatedAt, e.SentAt, e.Attempts }).ToListAsync(ct),
            pickupFolder = pickup.MessagesTo(subject.Email).Select(m => new { m.Subject, m.Date }).ToList(),
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken ct)
    {
        if (await accounts.SubjectAsync(userId, ct) is not { Email.Length: > 0 } subject) return;
        var address = subject.Email.ToLowerInvariant();
        await db.OutboxEmails.Where(e => e.To.ToLower() == address).ExecuteDeleteAsync(ct);
        pickup.DeleteMessagesTo(subject.Email);
    }
}
