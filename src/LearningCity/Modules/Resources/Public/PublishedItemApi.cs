using System.Security.Claims;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

/// <summary>
/// The API answers shared by the content types' publish/unpublish endpoints. Messages come from
/// "{prefix}.Error.NotPublisher", ".RemovedAdminOnly" and ".Conflict" in the type's strings.
/// </summary>
internal static class PublishedItemApi
{
    public static async Task<IResult> SetStatusAsync<TItem>(int id, PublicationStatus status, ClaimsPrincipal user, AppDbContext db,
        PublisherAccess access, PublishedItemEditing<TItem> editing, JsonStringLocalizer l, string prefix, Func<TItem, object> toDto, CancellationToken ct)
        where TItem : class, IEditableItem, new()
    {
        var item = await db.Set<TItem>().FirstOrDefaultAsync(i => i.Id == id, ct);
        // Drafts do not exist for those who may not see them: 404, not 403, so nothing leaks.
        if (item is null || !await access.CanViewAsync(user, item, ct)) return TypedResults.NotFound();
        if (!await access.CanEditAsync(user, item, ct)) return TypedResults.Problem(statusCode: 403, detail: l[$"{prefix}.Error.NotPublisher"]);
        return await editing.SetStatusAsync(item, status, user, ct) switch
        {
            SaveOutcome.AdminOnly => TypedResults.Problem(statusCode: 403, detail: l[$"{prefix}.Error.RemovedAdminOnly"]),
            SaveOutcome.Conflict => await ConflictAsync<TItem>(db, id, l, prefix, ct),
            _ => TypedResults.Ok(toDto(item)),
        };
    }

    /// <summary>409 with the version now stored, so a client can re-read and retry.</summary>
    public static async Task<IResult> ConflictAsync<TItem>(AppDbContext db, int id, JsonStringLocalizer l, string prefix, CancellationToken ct)
        where TItem : class, IEditableItem
    {
        var current = await db.Set<TItem>().AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).FirstAsync(ct);
        return TypedResults.Problem(statusCode: 409, detail: l[$"{prefix}.Error.Conflict"],
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });
    }
}
