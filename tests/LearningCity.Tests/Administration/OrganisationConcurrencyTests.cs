using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Modules.Identity.Organisations;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

/// <summary>Two admins at work on the same partner organisation: nobody's save is silently lost, no name is taken twice.</summary>
public sealed class OrganisationConcurrencyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string Url(int id) => $"/api/v1/admin/organisations/{id}";

    private Task<string> ThaiNameAsync(int id) => factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name.Th).FirstAsync());

    [Fact]
    public async Task An_edit_made_on_an_older_version_is_refused_with_409_in_thai_and_changes_nothing()
    {
        var name = $"เครือข่ายห้องสมุด {OrganisationTestData.Token()}";
        var id = await factory.AddOrganisationAsync(name);
        var admin = await factory.LoginAsAdminAsync("th");
        var read = (await admin.GetFromJsonAsync<OrganisationDetailDto>(Url(id)))!;
        Assert.Equal(1u, read.Version);

        var first = await admin.PutAsJsonAsync(Url(id), new { nameTh = name, nameEn = "Library Network", version = read.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2u, (await first.Content.ReadFromJsonAsync<OrganisationDetailDto>())!.Version);

        var stale = await admin.PutAsJsonAsync(Url(id), new { nameTh = name + " (เก่า)", version = read.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("มีผู้แก้ไของค์กรนี้ไปก่อนแล้ว", problem.GetProperty("detail").GetString());
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal(name, await ThaiNameAsync(id));

        // Saving what is already there changes nothing, not even the version.
        var same = await admin.PutAsJsonAsync(Url(id), new { nameTh = name, nameEn = "Library Network", version = 2 });
        Assert.Equal(2u, (await same.Content.ReadFromJsonAsync<OrganisationDetailDto>())!.Version);
        Assert.Single(await factory.AuditOfAsync("Organisation", id), e => e.Action == "organisation.update");
    }

    [Fact]
    public async Task The_edit_page_keeps_what_was_typed_when_someone_saved_first_and_a_second_save_goes_through()
    {
        var name = $"มูลนิธิการอ่าน {OrganisationTestData.Token()}";
        var id = await factory.AddOrganisationAsync(name);
        var admin = await factory.LoginAsAdminAsync("th");
        var form = await admin.GetPageAsync($"/admin/organisations/{id}/edit");
        var token = form.QuerySelector("#organisation-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal("1", form.QuerySelector("#organisation-form input[name='Input.Version']")!.GetAttribute("value"));

        var other = await factory.LoginAsAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await other.PutAsJsonAsync(Url(id), new { nameTh = name, website = "https://reading.example.org", version = 1 })).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.NameTh"] = name, ["Input.NameEn"] = "Reading Foundation", ["Input.Version"] = "1",
        };
        var refused = await admin.PostAsync($"/admin/organisations/{id}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Contains(Html.FieldErrors(page), e => e.Contains("มีผู้แก้ไของค์กรนี้ไปก่อนแล้ว"));
        Assert.Equal("Reading Foundation", page.QuerySelector("input[name='Input.NameEn']")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
        Assert.Null((await factory.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Id == id))).Name.En);

        fields["Input.Version"] = "2";
        var saved = await admin.PostAsync($"/admin/organisations/{id}/edit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var organisation = await factory.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Id == id));
        Assert.Equal(("Reading Foundation", 3u), (organisation.Name.En, organisation.Version));
    }

    [Fact]
    public async Task Simultaneous_creations_under_one_thai_name_leave_one_organisation()
    {
        var name = $"สมาคมพร้อมกัน {OrganisationTestData.Token()}";
        var admins = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.LoginAsAdminAsync()));

        var answers = await Task.WhenAll(admins.Select(a => a.PostAsJsonAsync("/api/v1/admin/organisations", new { nameTh = name })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name.Th == name)));
    }

    [Fact]
    public async Task Simultaneous_edits_of_one_version_save_one_and_refuse_the_others()
    {
        var name = $"ชมรมแก้พร้อมกัน {OrganisationTestData.Token()}";
        var id = await factory.AddOrganisationAsync(name);
        var admins = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => factory.LoginAsAdminAsync()));

        var answers = await Task.WhenAll(admins.Select((a, i) => a.PutAsJsonAsync(Url(id), new { nameTh = name, nameEn = $"Club {i}", version = 1 })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(2u, (await factory.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Id == id))).Version);
        Assert.Single(await factory.AuditOfAsync("Organisation", id), e => e.Action == "organisation.update");
    }
}
