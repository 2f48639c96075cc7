using System.Security.Cryptography;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Calendar;

/// <summary>The secret token of a learner's private calendar feed; a new token replaces (and so revokes) the old one.</summary>
public sealed class CalendarFeeds(AppDbContext db, TimeProvider time)
{
    public static string Path(string token) => $"/calendar/{token}.ics";

    public async Task<string> TokenAsync(Guid userId, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.UserId == userId, ct);
        return feed?.Token ?? await RegenerateAsync(userId, ct);
    }

    public async Task<string> RegenerateAsync(Guid userId, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null) db.CalendarFeeds.Add(feed = new CalendarFeed { UserId = userId });
        feed.Token = Base64UrlToken();
        feed.CreatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return feed.Token;
    }

    public Task<Guid?> OwnerAsync(string token, CancellationToken ct) =>
        db.CalendarFeeds.AsNoTracking().Where(f => f.Token == token).Select(f => (Guid?)f.UserId).FirstOrDefaultAsync(ct);

    private static string Base64UrlToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
