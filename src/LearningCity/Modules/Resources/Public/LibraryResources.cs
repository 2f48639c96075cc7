using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Public;

/// <summary>A published resource of the library as another module links to it.</summary>
public sealed record LibraryResourceLink(int Id, BilingualText Title, string Url);

/// <summary>Reads published library resources by id, for modules that link to them (an Academy lesson).</summary>
public sealed class LibraryResources(AppDbContext db)
{
    /// <summary>The published resources among <paramref name="ids"/>; drafts and removed ones are left out.</summary>
    public async Task<IReadOnlyDictionary<int, LibraryResourceLink>> PublishedAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<int, LibraryResourceLink>();
        var rows = await db.LearningResources.AsNoTracking()
            .Where(r => wanted.Contains(r.Id) && r.Status == PublicationStatus.Published)
            .Select(r => new { r.Id, r.Title }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new LibraryResourceLink(r.Id, r.Title, $"/resources/{r.Id}"));
    }
}
