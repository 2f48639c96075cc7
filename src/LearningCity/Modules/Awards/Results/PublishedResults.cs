using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Results;

public sealed record PublishedNarrative(string Criterion, string Text);

/// <param name="Narratives">The city's narratives, only when it consented to publish them.</param>
public sealed record ResultEntry(int ApplicationId, int CityId, string City, string Province, string Outcome, string? Citation,
    string? CredentialUrl, IReadOnlyList<PublishedNarrative> Narratives);

public sealed record CategoryResults(int CategoryId, string Code, string Name, IReadOnlyList<ResultEntry> Winners, IReadOnlyList<ResultEntry> HonourableMentions);

public sealed record CycleResults(int CycleId, int YearBe, string Name, DateTime PublishedAt, int Applications, IReadOnlyList<CategoryResults> Categories);

/// <summary>A cycle's public results: winners and honourable mentions per category, with the panel's citations. Nothing before publication.</summary>
public sealed class PublishedResults(AppDbContext db)
{
    public async Task<CycleResults?> ForAsync(int cycleId, CancellationToken ct)
    {
        var cycle = await db.AwardCycles.AsNoTracking().Include(c => c.Categories).Include(c => c.Criteria)
            .FirstOrDefaultAsync(c => c.Id == cycleId && c.PublishedAt != null, ct);
        if (cycle is null) return null;
        var rows = await (from a in db.AwardApplications.AsNoTracking()
                          join c in db.Cities on a.CityId equals c.Id
                          join p in db.Provinces on c.ProvinceCode equals p.Code
                          where a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted && a.Outcome != AwardOutcome.None
                          orderby a.Outcome, c.Name.Th
                          select new { a, City = c.Name, Province = p.Name }).ToListAsync(ct);
        var applications = await db.AwardApplications.CountAsync(a => a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted, ct);
        var criteria = cycle.Criteria.OrderBy(c => c.SortOrder).ToList();
        ResultEntry Entry(AwardApplication a, BilingualText city, BilingualText province) => new(a.Id, a.CityId, city.Current, province.Current, a.Outcome.ToString(), a.Rationale,
            a.CredentialId is { } id ? $"/credentials/{id}" : null,
            !a.ConsentToPublish ? [] : criteria.Select(c => (c, a.Narratives.FirstOrDefault(n => n.CriterionId == c.Id)?.Text))
                .Where(x => !string.IsNullOrWhiteSpace(x.Text)).Select(x => new PublishedNarrative($"{x.c.Code}. {x.c.Name.Current}", x.Text!)).ToList());
        var categories = cycle.Categories.OrderBy(c => c.SortOrder).Select(category =>
        {
            var mine = rows.Where(r => r.a.CategoryId == category.Id).ToList();
            return new CategoryResults(category.Id, category.Code, category.Name.Current,
                mine.Where(r => r.a.Outcome == AwardOutcome.Winner).Select(r => Entry(r.a, r.City, r.Province)).ToList(),
                mine.Where(r => r.a.Outcome == AwardOutcome.HonourableMention).Select(r => Entry(r.a, r.City, r.Province)).ToList());
        }).ToList();
        return new CycleResults(cycle.Id, cycle.YearBe, cycle.Name.Current, cycle.PublishedAt!.Value, applications, categories);
    }
}
