using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Api;
using LearningCity.Common.Data;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>The filters of the funding list and API. Unknown values match nothing.</summary>
public sealed record FundingFilter(string? Applicant, string? LocalGovernmentType, bool OpenOnly, decimal? Amount)
{
    public static EligibleApplicant? ParseApplicant(string? value) =>
        Enum.TryParse<EligibleApplicant>(value?.Trim(), true, out var a) && a != EligibleApplicant.None && Enum.IsDefined(a)
        && !char.IsAsciiDigit(value!.Trim()[0]) ? a : null;

    public static LocalGovernmentType? ParseLocalGovernmentType(string? value) =>
        Enum.TryParse<LocalGovernmentType>(value?.Trim(), true, out var t) && Enum.IsDefined(t) && !char.IsAsciiDigit(value!.Trim()[0]) ? t : null;
}

internal static class FundingQuery
{
    /// <summary>
    /// Published funding sources, open calls first, then by closing date (no date last). Whether a call is open
    /// depends on today's Thai date, and amounts are decimals SQLite cannot compare, so those filters and the
    /// order run in memory; the list of grant programmes is short.
    /// </summary>
    public static async Task<List<FundingSource>> PublishedAsync(AppDbContext db, FundingFilter filter, DateOnly today, CancellationToken ct)
    {
        var query = db.FundingSources.AsNoTracking().Where(f => f.Status == PublicationStatus.Published);
        if (!string.IsNullOrWhiteSpace(filter.Applicant))
            query = FundingFilter.ParseApplicant(filter.Applicant) is { } a ? query.Where(f => (f.EligibleApplicants & a) == a) : query.Where(_ => false);
        var list = await query.ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.LocalGovernmentType))
        {
            var type = FundingFilter.ParseLocalGovernmentType(filter.LocalGovernmentType);
            list = type is { } t
                ? list.Where(f => f.EligibleApplicants.HasFlag(EligibleApplicant.LocalGovernments)
                                  && (f.EligibleLocalGovernmentTypes.Count == 0 || f.EligibleLocalGovernmentTypes.Contains((int)t))).ToList()
                : [];
        }
        if (filter.OpenOnly) list = list.Where(f => f.IsOpenOn(today)).ToList();
        if (filter.Amount is { } amount)
            list = list.Where(f => (f.AmountMinBaht is null || f.AmountMinBaht <= amount) && (f.AmountMaxBaht is null || amount <= f.AmountMaxBaht)).ToList();
        return list.OrderByDescending(f => f.IsOpenOn(today))
            .ThenBy(f => f.ClosesOn is null).ThenBy(f => f.ClosesOn).ThenBy(f => f.Id).ToList();
    }

    public static Paged<FundingSource> Page(List<FundingSource> all, PageRequest page) =>
        new(all.Skip(page.Skip).Take(page.PageSize).ToList(), page.Page, page.PageSize, all.Count);
}
