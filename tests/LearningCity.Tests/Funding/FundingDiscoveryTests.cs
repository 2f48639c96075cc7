using System.Text.Json;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;

namespace LearningCity.Tests.Funding;

/// <summary>The clock stands at Monday 2 June 2025 (Thai time) for this class.</summary>
public sealed class FundingDiscoveryTests(ClockedAppFactory factory) : IClassFixture<ClockedAppFactory>
{
    [Fact]
    public async Task Open_and_closed_are_computed_from_the_dates_and_open_calls_come_first()
    {
        var closed = CityTestData.Unique("ทุนปิดแล้ว");
        var open = CityTestData.Unique("ทุนเปิดอยู่");
        var closedId = await factory.AddFundingAsync(closed, new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 1), applicants: EligibleApplicant.Individuals);
        var openId = await factory.AddFundingAsync(open, new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 30), applicants: EligibleApplicant.Individuals);
        var client = factory.CreateBrowserlessClient();

        var closedDto = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/funding/{closedId}")).RootElement;
        Assert.False(closedDto.GetProperty("isOpen").GetBoolean());
        Assert.True(JsonDocument.Parse(await client.GetStringAsync($"/api/v1/funding/{openId}")).RootElement.GetProperty("isOpen").GetBoolean());

        var list = await client.GetPageAsync("/funding?applicant=Individuals");
        var cards = list.QuerySelectorAll(".funding-card").Where(c => c.TextContent.Contains(open) || c.TextContent.Contains(closed)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains(open, cards[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("true", cards[0].GetAttribute("data-open"));
        Assert.Contains("30 มิถุนายน พ.ศ. 2568", cards[0].QuerySelector(".funding-deadline")!.TextContent, StringComparison.Ordinal);

        var openOnly = await client.GetStringAsync("/api/v1/funding?open=true&applicant=Individuals");
        Assert.Contains(open, openOnly);
        Assert.DoesNotContain(closed, openOnly);
        Assert.NotNull((await client.GetPageAsync($"/funding/{closedId}")).QuerySelector("#closed-badge"));
    }

    [Fact]
    public async Task The_detail_page_has_MonetaryGrant_json_ld()
    {
        var id = await factory.AddFundingAsync(CityTestData.Unique("ทุนสาธิต"), null, null, min: 5_000, max: 20_000);
        var page = await factory.CreateBrowserlessClient().GetPageAsync($"/funding/{id}");
        var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("MonetaryGrant", ld.GetProperty("@type").GetString());
        Assert.Equal("Organization", ld.GetProperty("funder").GetProperty("@type").GetString());
        Assert.Equal("MonetaryAmount", ld.GetProperty("amount").GetProperty("@type").GetString());
        Assert.Equal("THB", ld.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal(5_000m, ld.GetProperty("amount").GetProperty("minValue").GetDecimal());
        Assert.Equal(20_000m, ld.GetProperty("amount").GetProperty("maxValue").GetDecimal());
    }

    [Fact]
    public async Task Filters_by_local_government_type_and_amount()
    {
        var only = CityTestData.Unique("ทุนเฉพาะ อบต.");
        await factory.AddFundingAsync(only, null, null, applicants: EligibleApplicant.LocalGovernments | EligibleApplicant.CommunityGroups,
            min: 1_000, max: 9_000, types: [7]);
        var client = factory.CreateBrowserlessClient();
        Assert.Contains(only, await client.GetStringAsync("/api/v1/funding?localGovernmentType=SubdistrictAdministrativeOrganisation&pageSize=100"));
        Assert.DoesNotContain(only, await client.GetStringAsync("/api/v1/funding?localGovernmentType=CityMunicipality&pageSize=100"));
        Assert.Contains(only, await client.GetStringAsync("/api/v1/funding?applicant=CommunityGroups&amount=5000&pageSize=100"));
        Assert.DoesNotContain(only, await client.GetStringAsync("/api/v1/funding?applicant=CommunityGroups&amount=50000&pageSize=100"));
        Assert.Equal(0, JsonDocument.Parse(await client.GetStringAsync("/api/v1/funding?applicant=Aliens")).RootElement.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Demo_funding_has_open_and_closed_calls()
    {
        var json = JsonDocument.Parse(await factory.CreateBrowserlessClient().GetStringAsync("/api/v1/funding?pageSize=100")).RootElement;
        var demo = json.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("isDemo").GetBoolean()).ToList();
        Assert.True(demo.Count >= 6);
        Assert.Contains(demo, d => d.GetProperty("isOpen").GetBoolean());
        Assert.Contains(demo, d => !d.GetProperty("isOpen").GetBoolean());
    }
}
