using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Auth;
using LearningCity.Modules.Cities.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Cities;

public sealed class CityProposalTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> NewCity(string name) => new()
    {
        ["Input.NameTh"] = name,
        ["Input.LocalGovernmentType"] = "SubdistrictMunicipality",
        ["Input.ProvinceCode"] = "TH-52",
        ["Input.VisionTh"] = "ตำบลแห่งการเรียนรู้",
    };

    private Task<City> ByNameAsync(string name) =>
        factory.WithDbAsync(db => db.Cities.AsNoTracking().SingleAsync(c => c.Name.Th == name));

    [Fact]
    public async Task A_learner_proposes_a_city_that_waits_for_approval()
    {
        var learner = await factory.CreateAsync(Roles.Learner);
        var client = await factory.LoginAsync(learner);
        var name = CityTestData.Unique("เทศบาลตำบลเสนอ");
        var response = await client.SubmitFormAsync("/cities/new", NewCity(name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var city = await ByNameAsync(name);
        Assert.Equal(CityStatus.Pending, city.Status);
        Assert.Equal(learner.Id, city.ProposedBy);
        Assert.Equal($"/cities/{city.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/cities/{city.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/cities/{city.Id}")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "city.propose" && e.EntityId == city.Id.ToString())));
    }

    [Fact]
    public async Task The_new_city_form_reports_missing_fields()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        var response = await client.SubmitFormAsync("/cities/new", new Dictionary<string, string> { ["Input.NameEn"] = "Only English" });
        var errors = Html.FieldErrors(await Html.ParseAsync(response));
        Assert.Contains("โปรดกรอกชื่อเมือง (ภาษาไทย)", errors);
        Assert.Contains("โปรดกรอกจังหวัด", errors);
        Assert.Contains("โปรดกรอกประเภทองค์กรปกครองส่วนท้องถิ่น", errors);
    }

    [Fact]
    public async Task An_admins_new_city_is_approved_at_once()
    {
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var name = CityTestData.Unique("เทศบาลเมืองใหม่");
        var response = await admin.PostAsJsonAsync("/api/v1/cities", new { nameTh = name, nameEn = "New Town", localGovernmentType = "TownMunicipality", provinceCode = "TH-52", joinedNetworkYear = 2567 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", body.GetProperty("status").GetString());
        Assert.Equal(2024, body.GetProperty("joinedNetworkYear").GetInt32());
        Assert.Equal($"/api/v1/cities/{body.GetProperty("id").GetInt32()}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Admin_approves_a_proposal_and_makes_the_proposer_its_coordinator()
    {
        var proposer = await factory.CreateAsync(Roles.Learner);
        var name = CityTestData.Unique("เทศบาลตำบลอนุมัติ");
        Assert.Equal(HttpStatusCode.Redirect, (await (await factory.LoginAsync(proposer)).SubmitFormAsync("/cities/new", NewCity(name))).StatusCode);
        var city = await ByNameAsync(name);

        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var list = await admin.GetPageAsync("/admin/cities");
        Assert.NotNull(list.QuerySelector($"#pending-{city.Id}"));
        var response = await admin.SubmitFormAsync("/admin/cities", new Dictionary<string, string> { ["makeCoordinator"] = "true" },
            $"#pending-{city.Id} form[action*=Approve]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(CityStatus.Approved, (await factory.CityAsync(city.Id)).Status);
        Assert.True(await factory.WithDbAsync(db => db.CityScopes.AnyAsync(s => s.UserId == proposer.Id && s.CityId == city.Id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "city.approve" && e.EntityId == city.Id.ToString())));
        // Logged in again, the proposer is now a coordinator who may edit the city.
        var coordinator = await factory.LoginAsync(proposer);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/cities/{city.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/cities/{city.Id}")).StatusCode);
    }

    [Fact]
    public async Task Admin_rejects_a_proposal_and_a_second_decision_is_a_conflict()
    {
        var proposer = await factory.CreateAsync(Roles.Learner);
        var id = await factory.AddCityAsync(CityTestData.Unique("เมืองไม่ผ่าน"), status: CityStatus.Pending, proposedBy: proposer.Id);
        var admin = await factory.LoginAsync(await factory.CreateAsync(Roles.Admin));
        var response = await admin.SubmitFormAsync("/admin/cities", new Dictionary<string, string>(), $"#pending-{id} form[action*=Reject]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CityStatus.Rejected, (await factory.CityAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/cities/{id}")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.CityScopes.AnyAsync(s => s.CityId == id)));

        var again = await admin.PostAsync($"/api/v1/cities/{id}/reject", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/cities/999999/approve", null)).StatusCode);
        var approved = await admin.PostAsync($"/api/v1/cities/{id}/approve?makeProposerCoordinator=true", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.CityScopes.AnyAsync(s => s.UserId == proposer.Id && s.CityId == id)));
    }

    [Fact]
    public async Task Api_proposal_with_bad_fields_is_400()
    {
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        var response = await client.PostAsJsonAsync("/api/v1/cities", new { nameTh = "", localGovernmentType = "9", provinceCode = "XX", coordinatorEmail = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "nameTh", "localGovernmentType", "provinceCode", "coordinatorEmail" })
            Assert.True(errors.TryGetProperty(field, out _), field);
    }
}
