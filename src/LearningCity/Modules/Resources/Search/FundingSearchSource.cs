using LearningCity.Modules.Resources.Public;
using System.Globalization;
using System.Runtime.CompilerServices;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Search;

/// <summary>Published funding sources in the platform's search; "open calls" follows their dates.</summary>
internal sealed class FundingSearchSource : ISearchSource
{
    public const string TypeName = "funding";

    public string Type => TypeName;

    public async Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var fundingId)) return null;
        var item = await Published(db).FirstOrDefaultAsync(f => f.Id == fundingId, ct);
        return item is null ? null : ToDocument(item);
    }

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var item in Published(db).OrderBy(f => f.Id).AsAsyncEnumerable().WithCancellation(ct))
            yield return ToDocument(item);
    }

    private static IQueryable<FundingSource> Published(AppDbContext db) =>
        db.FundingSources.AsNoTracking().Where(f => f.Status == PublicationStatus.Published);

    private static SearchDocument ToDocument(FundingSource f) => new()
    {
        Type = TypeName,
        Id = f.Id.ToString(CultureInfo.InvariantCulture),
        Title = new BilingualText(f.Programme.Th, f.Programme.En),
        Summary = new BilingualText(
            ContentSearch.Shorten($"{f.Funder.Th} · {f.Description.Th}".TrimEnd(' ', '·')),
            f.Funder.En is null ? null : ContentSearch.Shorten($"{f.Funder.En} · {f.Description.En}".TrimEnd(' ', '·'))),
        Body = string.Join("\n", new[] { f.Funder.Th, f.Funder.En, f.Description.Th, f.Description.En }.Where(t => !string.IsNullOrWhiteSpace(t))),
        Url = $"/funding/{f.Id}",
        Date = f.UpdatedAt,
        Facets = new Dictionary<string, IReadOnlyList<string>> { ["language"] = ContentSearch.Languages(f.Programme, f.Description) },
        // A programme without dates takes applications all year (FundingSource.IsOpenOn): an always-open call.
        OpenFrom = f.OpensOn ?? DateOnly.MinValue,
        OpenUntil = f.ClosesOn,
    };
}
