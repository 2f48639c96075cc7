using LearningCity.Common.Data;
using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>Read side of the synonym rules, straight from the database (the admin pages and the API never wait for the cache).</summary>
public sealed class SynonymCatalog(AppDbContext db)
{
    public static IReadOnlyList<SynonymRuleDto> BuiltIn { get; } = SearchSynonyms.BuiltIn.Rules.Select(SynonymRuleDto.Of).ToList();

    public async Task<SynonymListDto> ListAsync(CancellationToken ct) => new(BuiltIn, await AdminAsync(ct));

    public async Task<IReadOnlyList<AdminSynonymDto>> AdminAsync(CancellationToken ct) =>
        (await db.Set<SearchSynonym>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct)).Select(AdminSynonymDto.Of).ToList();

    /// <summary>The rules as the search will apply them once every node has read them: built-in, then the admins' in force.</summary>
    public async Task<SynonymSet> InForceAsync(CancellationToken ct)
    {
        var lines = await db.Set<SearchSynonym>().AsNoTracking().OrderBy(s => s.Id).Select(s => s.Line).ToListAsync(ct);
        var rules = lines.Select(line => SynonymSet.TryParseLine(line, out var rule, out _) ? rule : null).OfType<SynonymRule>();
        return SearchSynonyms.BuiltIn.With(rules);
    }

    public async Task<AdminSynonymDto?> FindAsync(int id, CancellationToken ct) =>
        await db.Set<SearchSynonym>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } row ? AdminSynonymDto.Of(row) : null;
}
