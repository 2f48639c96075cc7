using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>A funding source as the API shows it; isOpen is computed from the dates and today's Thai date.</summary>
public sealed record FundingDto(
    int Id, string FunderTh, string? FunderEn, string Funder, string ProgrammeTh, string? ProgrammeEn, string Programme,
    string DescriptionTh, string? DescriptionEn, decimal? AmountMinBaht, decimal? AmountMaxBaht,
    IReadOnlyList<string> EligibleApplicants, IReadOnlyList<string> EligibleLocalGovernmentTypes,
    DateOnly? OpensOn, DateOnly? ClosesOn, bool IsOpen, string? LinkUrl,
    int? CityId, int? OrganisationId, string Status, bool IsDemo, uint Version)
{
    public static FundingDto Of(FundingSource f, DateOnly today) => new(
        f.Id, f.Funder.Th, f.Funder.En, f.Funder.Current, f.Programme.Th, f.Programme.En, f.Programme.Current,
        f.Description.Th, f.Description.En, f.AmountMinBaht, f.AmountMaxBaht,
        Applicants(f.EligibleApplicants).Select(a => a.ToString()).ToList(),
        f.EligibleLocalGovernmentTypes.Select(t => ((LocalGovernmentType)t).ToString()).ToList(),
        f.OpensOn, f.ClosesOn, f.IsOpenOn(today), f.LinkUrl, f.CityId, f.OrganisationId, f.Status.ToString(), f.IsDemo, f.Version);

    public static IEnumerable<EligibleApplicant> Applicants(EligibleApplicant value) =>
        Enum.GetValues<EligibleApplicant>().Where(a => a != EligibleApplicant.None && value.HasFlag(a));
}

public sealed record FundingSnapshot(
    int Id, string FunderTh, string? FunderEn, string ProgrammeTh, string? ProgrammeEn, string DescriptionTh, string? DescriptionEn,
    decimal? AmountMinBaht, decimal? AmountMaxBaht, int EligibleApplicants, IReadOnlyList<int> EligibleLocalGovernmentTypes,
    DateOnly? OpensOn, DateOnly? ClosesOn, string? LinkUrl, int? CityId, int? OrganisationId, string Status, uint Version)
{
    public static FundingSnapshot Of(FundingSource f) => new(
        f.Id, f.Funder.Th, f.Funder.En, f.Programme.Th, f.Programme.En, f.Description.Th, f.Description.En,
        f.AmountMinBaht, f.AmountMaxBaht, (int)f.EligibleApplicants, [.. f.EligibleLocalGovernmentTypes],
        f.OpensOn, f.ClosesOn, f.LinkUrl, f.CityId, f.OrganisationId, f.Status.ToString(), f.Version);
}

/// <summary>Amounts as Thai readers write them: "50,000–300,000 บาท".</summary>
public static class FundingText
{
    public static string Amount(FundingSource f, JsonStringLocalizer l)
    {
        static string N(decimal d) => d.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return (f.AmountMinBaht, f.AmountMaxBaht) switch
        {
            ({ } min, { } max) when min == max => l["Funding.Amount.Exactly", N(max)],
            ({ } min, { } max) => l["Funding.Amount.Range", N(min), N(max)],
            (null, { } max) => l["Funding.Amount.UpTo", N(max)],
            ({ } min, null) => l["Funding.Amount.From", N(min)],
            _ => l["Funding.Amount.Unspecified"],
        };
    }
}
