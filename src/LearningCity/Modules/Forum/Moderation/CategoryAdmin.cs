using System.Security.Claims;
using System.Text.RegularExpressions;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Forum.Api;
using LearningCity.Modules.Forum.Data;
using LearningCity.Modules.Forum.Posting;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Forum.Moderation;

/// <summary>Administrators add and change the public categories (private spaces are made by their owning modules); audited.</summary>
public sealed partial class CategoryAdmin(AppDbContext db, AuditLog audit, TimeProvider time, JsonStringLocalizer l)
{
    public async Task<ForumOutcome<ForumCategory>> SaveAsync(ClaimsPrincipal user, int? id, CategoryInput input, CancellationToken ct)
    {
        if (!Privileges.IsAdmin(user)) return ForumOutcome<ForumCategory>.Refused(403, l["Forum.Error.NotAdmin"]);
        var category = id is { } existing ? await db.ForumCategories.FirstOrDefaultAsync(c => c.Id == existing && c.SpaceKey == null, ct) : new ForumCategory();
        if (category is null) return ForumOutcome<ForumCategory>.Refused(404, l["Forum.Error.CategoryNotFound"]);
        var slug = input.Slug?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length > 80 || !Slug().IsMatch(slug)) return ForumOutcome<ForumCategory>.Refused(400, l["Forum.Error.Slug"], "slug");
        var name = BilingualText.From(input.NameTh, input.NameEn);
        if (name is null || name.Th.Length > 200 || name.En?.Length > 200) return ForumOutcome<ForumCategory>.Refused(400, l["Forum.Error.CategoryName"], "nameTh");
        if (input.Pillar is < 1 or > 6) return ForumOutcome<ForumCategory>.Refused(400, l["Forum.Error.Pillar"], "pillar");
        if ((input.DescriptionTh?.Length ?? 0) > 1000 || (input.DescriptionEn?.Length ?? 0) > 1000)
            return ForumOutcome<ForumCategory>.Refused(400, l["Forum.Error.Description"], "descriptionTh");
        if (await db.ForumCategories.AnyAsync(c => c.Slug == slug && c.Id != category.Id, ct))
            return ForumOutcome<ForumCategory>.Refused(409, l["Forum.Error.SlugTaken"], "slug");
        var before = id is null ? null : Summary(category);
        category.Slug = slug;
        category.Name = name;
        category.Description = BilingualText.From(input.DescriptionTh, input.DescriptionEn) ?? new BilingualText();
        category.Pillar = input.Pillar;
        category.Position = input.Position;
        if (id is null)
        {
            category.CreatedAt = time.GetUtcNow().UtcDateTime;
            db.ForumCategories.Add(category);
            await db.SaveChangesAsync(ct);
        }
        audit.Record(id is null ? "forum.category.create" : "forum.category.update", "ForumCategory", category.Id, before, Summary(category), user);
        await db.SaveChangesAsync(ct);
        return ForumOutcome<ForumCategory>.Done(category);
    }

    private static object Summary(ForumCategory c) => new { c.Id, c.Slug, Name = c.Name.Th, c.Pillar, c.Position };

    [GeneratedRegex("^(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
