using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Notifications;

public sealed record PreferenceRow(NotificationKind Kind, bool Email, bool InApp);

/// <summary>A learner's own notifications and preferences; every query is scoped to that learner.</summary>
public sealed class NotificationCentre(AppDbContext db, TimeProvider time)
{
    public static readonly NotificationKind[] Kinds = Enum.GetValues<NotificationKind>();

    public Task<List<Notification>> ListAsync(Guid userId, int take, CancellationToken ct) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take).ToListAsync(ct);

    public Task<int> UnreadAsync(Guid userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>Null when the notification is not the learner's (or does not exist).</summary>
    public async Task<Notification?> MarkReadAsync(Guid userId, long id, CancellationToken ct)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null) return null;
        notification.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return notification;
    }

    public Task<int> MarkAllReadAsync(Guid userId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now), ct);
    }

    public async Task<List<PreferenceRow>> PreferencesAsync(Guid userId, CancellationToken ct)
    {
        var saved = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, ct);
        return Kinds.Select(k => saved.TryGetValue(k, out var p) ? new PreferenceRow(k, p.Email, p.InApp) : new PreferenceRow(k, true, true)).ToList();
    }

    public async Task SavePreferencesAsync(Guid userId, IEnumerable<PreferenceRow> rows, CancellationToken ct)
    {
        var saved = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, ct);
        foreach (var row in rows.Where(r => Kinds.Contains(r.Kind)).DistinctBy(r => r.Kind))
        {
            if (!saved.TryGetValue(row.Kind, out var p)) db.NotificationPreferences.Add(p = new NotificationPreference { UserId = userId, Kind = row.Kind });
            p.Email = row.Email;
            p.InApp = row.InApp;
        }
        await db.SaveChangesAsync(ct);
    }
}
