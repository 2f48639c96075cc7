using System.Globalization;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Public;

/// <summary>
/// Who belongs to one kind of private space, as the module that owns the group decides it: an Academy cohort's
/// learners and facilitators, a mentoring pair's two cities. Registered with <c>services.AddForumSpaceMembers&lt;T&gt;()</c>.
/// </summary>
public interface IForumSpaceMembers
{
    /// <summary>The kind of group, e.g. "cohort" or "mentoring"; lower-case letters only.</summary>
    string Kind { get; }

    Task<bool> IsMemberAsync(int ownerId, Guid userId, CancellationToken ct);
}

/// <summary>A private space as another module knows it: the category that holds its topics and its address.</summary>
public sealed record ForumSpace(int CategoryId, string Slug, string Url);

/// <summary>
/// Private spaces for other modules' groups. A space is a category whose topics only the group's members (and
/// administrators) see: never on public pages, the API, the search or the feeds for anyone else.
/// </summary>
public sealed class ForumSpaces(AppDbContext db, TimeProvider time)
{
    public static string Key(string kind, int ownerId) => $"{kind}:{ownerId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The space of (kind, ownerId) if it has been opened, else null.</summary>
    public async Task<ForumSpace?> FindAsync(string kind, int ownerId, CancellationToken ct)
    {
        var key = Key(kind, ownerId);
        var category = await db.ForumCategories.AsNoTracking().Where(c => c.SpaceKey == key).Select(c => new { c.Id, c.Slug }).FirstOrDefaultAsync(ct);
        return category is null ? null : new ForumSpace(category.Id, category.Slug, $"/forum/c/{category.Slug}");
    }

    /// <summary>The space of (kind, ownerId), created with the given name the first time it is asked for.</summary>
    public async Task<ForumSpace> EnsureAsync(string kind, int ownerId, BilingualText name, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(kind) || !kind.All(char.IsAsciiLetterLower)) throw new ArgumentException("A space kind is lower-case letters.", nameof(kind));
        var key = Key(kind, ownerId);
        var category = await db.ForumCategories.FirstOrDefaultAsync(c => c.SpaceKey == key, ct);
        if (category is null)
        {
            category = new ForumCategory
            {
                Slug = $"{kind}-{ownerId.ToString(CultureInfo.InvariantCulture)}", Name = name, SpaceKey = key, Position = 1000,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            db.ForumCategories.Add(category);
            await db.SaveChangesAsync(ct);
        }
        return new ForumSpace(category.Id, category.Slug, $"/forum/c/{category.Slug}");
    }
}

public static class ForumSpaceRegistration
{
    public static IServiceCollection AddForumSpaceMembers<T>(this IServiceCollection services) where T : class, IForumSpaceMembers =>
        services.AddScoped<IForumSpaceMembers, T>();
}
