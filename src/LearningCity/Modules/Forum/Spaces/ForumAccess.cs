using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Spaces;

/// <summary>
/// Who may see and do what in the forum. Facilitators and admins moderate. Private spaces are seen by their members
/// (as the owning module decides, through <see cref="IForumSpaceMembers"/>) and by admins; a post waiting for approval
/// by its author and the moderators; a hidden one by the moderators only.
/// </summary>
public sealed class ForumAccess(AppDbContext db, IEnumerable<IForumSpaceMembers> members, IHttpContextAccessor http)
{
    private readonly Dictionary<Guid, HashSet<string>> _spaces = [];

    public static bool IsModerator(ClaimsPrincipal user) => Privileges.IsAdmin(user) || Privileges.Has(user, Roles.Facilitator);

    public static Guid? UserId(ClaimsPrincipal user) => CityAccess.UserId(user);

    public ClaimsPrincipal CurrentUser => http.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The private spaces the person may see; null for an administrator, who sees them all.</summary>
    public async Task<HashSet<string>?> SpacesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (Privileges.IsAdmin(user)) return null;
        if (UserId(user) is not { } me) return [];
        if (_spaces.TryGetValue(me, out var known)) return known;
        var keys = await db.ForumCategories.AsNoTracking().Where(c => c.SpaceKey != null).Select(c => c.SpaceKey!)
            .Union(db.ForumTopics.AsNoTracking().Where(t => t.SpaceKey != null).Select(t => t.SpaceKey!)).ToListAsync(ct);
        var mine = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct())
            if (await IsMemberAsync(key, me, ct)) mine.Add(key);
        return _spaces[me] = mine;
    }

    public async Task<bool> CanSeeSpaceAsync(ClaimsPrincipal user, string? spaceKey, CancellationToken ct) =>
        spaceKey is null || await SpacesAsync(user, ct) is not { } spaces || spaces.Contains(spaceKey);

    /// <summary>The topics the person may open: approved (or their own), not hidden (unless a moderator), in spaces they belong to.</summary>
    public async Task<IQueryable<ForumTopic>> TopicsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var spaces = await SpacesAsync(user, ct);
        var me = UserId(user) ?? Guid.Empty;
        var moderator = IsModerator(user);
        var query = db.ForumTopics.AsNoTracking();
        if (!moderator) query = query.Where(t => !t.IsHidden && (t.IsApproved || (me != Guid.Empty && t.AuthorId == me)));
        if (spaces is not null)
        {
            var list = spaces.ToList();
            query = query.Where(t => t.SpaceKey == null || list.Contains(t.SpaceKey));
        }
        return query;
    }

    /// <summary>The categories the person sees: public ones and their private spaces.</summary>
    public async Task<IQueryable<ForumCategory>> CategoriesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var spaces = await SpacesAsync(user, ct);
        var query = db.ForumCategories.AsNoTracking();
        if (spaces is null) return query;
        var list = spaces.ToList();
        return query.Where(c => c.SpaceKey == null || list.Contains(c.SpaceKey));
    }

    /// <summary>Whether the person sees this post of a topic they may open.</summary>
    public static bool CanSeePost(ClaimsPrincipal user, ForumPost post) =>
        IsModerator(user) || (!post.IsHidden && (post.IsApproved || (UserId(user) is { } me && post.AuthorId == me)));

    public static bool CanEdit(ClaimsPrincipal user, ForumPost post) =>
        IsModerator(user) || (UserId(user) is { } me && me != Guid.Empty && post.AuthorId == me);

    public static bool CanAccept(ClaimsPrincipal user, ForumTopic topic) =>
        topic.Kind == TopicKind.Question && (IsModerator(user) || (UserId(user) is { } me && me != Guid.Empty && topic.AuthorId == me));

    /// <summary>Whether the account belongs to the space (a public place, null, has everyone).</summary>
    public async Task<bool> IsMemberAsync(string? key, Guid userId, CancellationToken ct)
    {
        if (key is null) return true;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(key[(colon + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var owner)) return false;
        var kind = key[..colon];
        foreach (var provider in members.Where(m => m.Kind == kind))
            if (await provider.IsMemberAsync(owner, userId, ct)) return true;
        return false;
    }
}
