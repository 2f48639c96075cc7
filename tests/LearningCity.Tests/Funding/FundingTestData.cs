using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Funding;

internal static class FundingTestData
{
    public static Task<int> AddFundingAsync(this AppFactory factory, string programmeTh, DateOnly? opensOn, DateOnly? closesOn,
        int? cityId = null, int? organisationId = null, PublicationStatus status = PublicationStatus.Published,
        decimal? min = 10_000, decimal? max = 100_000, EligibleApplicant applicants = EligibleApplicant.LocalGovernments, List<int>? types = null) =>
        factory.WithDbAsync(async db =>
        {
            var f = new FundingSource
            {
                Funder = new BilingualText("กองทุนทดสอบ", "Test Fund"), Programme = new BilingualText(programmeTh),
                OpensOn = opensOn, ClosesOn = closesOn, AmountMinBaht = min, AmountMaxBaht = max, EligibleApplicants = applicants,
                EligibleLocalGovernmentTypes = types ?? [], CityId = cityId, OrganisationId = organisationId, Status = status, Version = 1,
                CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.FundingSources.Add(f);
            await db.SaveChangesAsync();
            return f.Id;
        });

    public static Task<FundingSource> FundingAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.FundingSources.AsNoTracking().FirstAsync(f => f.Id == id));

    public static object Body(int? cityId, decimal? min = 10_000, decimal? max = 50_000, uint? version = null, int? organisationId = null) => new
    {
        funderTh = "กองทุนทดสอบ",
        programmeTh = Cities.CityTestData.Unique("ทุนทดสอบ"),
        amountMinBaht = min,
        amountMaxBaht = max,
        opensOn = "2025-01-01",
        closesOn = "2030-12-31",
        linkUrl = "https://fund.example.org/call",
        eligibleApplicants = new[] { "LocalGovernments", "Schools" },
        eligibleLocalGovernmentTypes = new[] { "SubdistrictMunicipality" },
        cityId,
        organisationId,
        version,
    };
}
