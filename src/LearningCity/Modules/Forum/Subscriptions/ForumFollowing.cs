using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using LearningCity.Modules.Forum.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Subscriptions;

/// <summary>A person's subscriptions to topics, categories and indicator tags; each new visible post there notifies them.</summary>
public sealed class ForumFollowing(AppDbContext db, ForumAccess access, ForumPosting posting, TimeProvider time, JsonStringLocalizer l)
{
    public async Task<ForumOutcome<ForumSubscription>> SubscribeAsync(ClaimsPrincipal user, SubscriptionKind kind, string? target, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return ForumOutcome<ForumSubscription>.Refused(401, l["Forum.Error.SignIn"]);
        if (await NormalizeAsync(user, kind, target, ct) is not { } key) return ForumOutcome<ForumSubscription>.Refused(400, l["Forum.Error.SubscriptionTarget"], "target");
        var existing = await db.ForumSubscriptions.FirstOrDefaultAsync(s => s.UserId == me && s.Kind == kind && s.Target == key, ct);
        if (existing is not null) return ForumOutcome<ForumSubscription>.Done(existing);
        var subscription = new ForumSubscription { UserId = me, Kind = kind, Target = key, CreatedAt = time.GetUtcNow().UtcDateTime };
        db.ForumSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumSubscription>.Done(subscription);
    }

    public async Task UnsubscribeAsync(ClaimsPrincipal user, SubscriptionKind kind, string? target, CancellationToken ct)
    {
        if (ForumAccess.UserId(user) is not { } me) return;
        var key = kind == SubscriptionKind.Tag ? target?.Trim().ToUpperInvariant() : target?.Trim();
        await db.ForumSubscriptions.Where(s => s.UserId == me && s.Kind == kind && s.Target == key).ExecuteDeleteAsync(ct);
    }

    public async Task<List<ForumSubscription>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = ForumAccess.UserId(user) ?? Guid.Empty;
        return await db.ForumSubscriptions.AsNoTracking().Where(s => s.UserId == me).OrderBy(s => s.Id).ToListAsync(ct);
    }

    public async Task<bool> IsSubscribedAsync(ClaimsPrincipal user, SubscriptionKind kind, string target, CancellationToken ct) =>
        ForumAccess.UserId(user) is { } me && await db.ForumSubscriptions.AnyAsync(s => s.UserId == me && s.Kind == kind && s.Target == target, ct);

    /// <summary>The stored form of a target the person may see, or null: a visible topic's or category's id, or a well-formed indicator code.</summary>
    private async Task<string?> NormalizeAsync(ClaimsPrincipal user, SubscriptionKind kind, string? target, CancellationToken ct)
    {
        var text = target?.Trim() ?? "";
        switch (kind)
        {
            case SubscriptionKind.Tag:
                var code = text.ToUpperInvariant();
                return ForumTags.IsIndicator(code) ? code : null;
            case SubscriptionKind.Topic when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var topicId):
                return await posting.FindTopicAsync(user, topicId, ct) is null ? null : topicId.ToString(CultureInfo.InvariantCulture);
            case SubscriptionKind.Category when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var categoryId):
                return await (await access.CategoriesAsync(user, ct)).AnyAsync(c => c.Id == categoryId, ct) ? categoryId.ToString(CultureInfo.InvariantCulture) : null;
            default:
                return null;
        }
    }
}
