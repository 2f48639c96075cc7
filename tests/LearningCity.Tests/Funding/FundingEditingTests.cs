using LearningCity.Modules.Resources.Public;
using System.Net;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Resources.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Funding;

public sealed class FundingEditingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Authorization_matrix_for_funding_pages_and_api()
    {
        var a = await factory.AddCityAsync(CityTestData.Unique("เมืองทุนเอ"));
        var b = await factory.AddCityAsync(CityTestData.Unique("เมืองทุนบี"));
        var fundB = await factory.AddFundingAsync(CityTestData.Unique("ทุนเมืองบี"), null, null, cityId: b);

        var anonymous = factory.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/funding/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/funding", FundingTestData.Body(b))).StatusCode);

        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/funding/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync($"/funding/{fundB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostJsonAsync("/api/v1/funding", FundingTestData.Body(b))).StatusCode);

        var coordinatorA = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [a]));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorA.GetAsync($"/funding/{fundB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorA.PostJsonAsync("/api/v1/funding", FundingTestData.Body(b))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorA.PutJsonAsync($"/api/v1/funding/{fundB}", FundingTestData.Body(b, version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorA.PostAsync($"/api/v1/funding/{fundB}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinatorA.PostJsonAsync("/api/v1/funding", FundingTestData.Body(a))).StatusCode);

        var (org, member) = await factory.OrganisationWithMemberAsync();
        var memberClient = await factory.LoginAsync(member);
        Assert.Equal(HttpStatusCode.Created, (await memberClient.PostJsonAsync("/api/v1/funding", FundingTestData.Body(null, organisationId: org))).StatusCode);
        var outsider = await factory.LoginAsync(await factory.CreateAsync(Roles.Organizer));
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync("/api/v1/funding", FundingTestData.Body(null, organisationId: org))).StatusCode);

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/funding/{fundB}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/funding/{fundB}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/funding/{fundB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/funding/{fundB}")).StatusCode);
    }

    [Fact]
    public async Task Amount_min_above_max_and_closing_before_opening_are_refused()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองทุน"));
        var user = await factory.CreateAsync(Roles.Coordinator, cities: [city]);
        var client = await factory.LoginAsync(user);
        var page = await client.SubmitFormAsync("/funding/new", new Dictionary<string, string>
        {
            ["Input.FunderTh"] = "กองทุน", ["Input.ProgrammeTh"] = CityTestData.Unique("ทุน"),
            ["Input.AmountMinBaht"] = "90000", ["Input.AmountMaxBaht"] = "1000",
            ["Input.OpensOn"] = "2025-06-30", ["Input.ClosesOn"] = "2025-06-01", ["Input.LinkUrl"] = "ftp://x.example",
        });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var errors = Html.FieldErrors(await Html.ParseAsync(page));
        Assert.Contains("จำนวนเงินสูงสุดต้องไม่น้อยกว่าจำนวนเงินต่ำสุด", errors);
        Assert.Contains("วันปิดรับต้องไม่ก่อนวันเปิดรับ", errors);
        Assert.Contains(errors, e => e.StartsWith("ลิงก์รายละเอียดทุน ต้องเป็นที่อยู่เว็บ", StringComparison.Ordinal));

        var api = await (await factory.ApiClientAsync(user)).PostJsonAsync("/api/v1/funding", FundingTestData.Body(city, min: 90_000, max: 1_000), english: true);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("The maximum amount must not be less than the minimum", problem.GetProperty("amountMaxBaht")[0].GetString());
    }

    [Fact]
    public async Task Coordinator_edits_funding_with_audit_and_a_stale_version_is_a_conflict()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองแก้ทุน"));
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var id = await factory.AddFundingAsync(CityTestData.Unique("ทุนแก้ไข"), null, null, cityId: city, status: PublicationStatus.Draft);
        var renamed = CityTestData.Unique("ทุนชื่อใหม่");
        var saved = await client.SubmitFormAsync($"/funding/{id}/edit", new Dictionary<string, string> { ["Input.ProgrammeTh"] = renamed, ["Input.ClosesOn"] = "2030-01-31" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var item = await factory.FundingAsync(id);
        Assert.Equal(renamed, item.Programme.Th);
        Assert.Equal(new DateOnly(2030, 1, 31), item.ClosesOn);
        Assert.Equal(2u, item.Version);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "funding.update" && e.EntityId == id.ToString())));

        var stale = await client.PutJsonAsync($"/api/v1/funding/{id}", FundingTestData.Body(city, version: 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/funding/{id}/publish", null)).StatusCode);
        Assert.Equal(PublicationStatus.Published, (await factory.FundingAsync(id)).Status);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "funding.publish" && e.EntityId == id.ToString())));
    }
}
