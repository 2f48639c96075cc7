using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningCity.Common.Api;
using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Modules.Audit.Entries;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

public sealed class AuditLogTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Role_change_appears_on_the_audit_page_with_who_and_before_and_after()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        await client.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Facilitator });

        var page = await client.GetPageAsync($"/admin/audit?action=user.role&actor={admin.Email}");
        var entry = Assert.Single(page.QuerySelectorAll(".audit-entry"));
        Assert.Equal("user.role.grant", entry.GetAttribute("data-action"));
        // The actor is shown by their display name, looked up by id: the log holds no e-mail of them.
        Assert.Equal(admin.Email.Split('@')[0], entry.QuerySelector(".audit-actor")!.TextContent);
        Assert.Contains(user.Id.ToString(), entry.QuerySelector(".audit-entity")!.TextContent);
        Assert.Contains("พ.ศ.", entry.QuerySelector("time")!.TextContent);
        var before = entry.QuerySelector("details .audit-before")!.TextContent;
        var after = entry.QuerySelector("details .audit-after")!.TextContent;
        Assert.DoesNotContain("Facilitator", before);
        Assert.Contains("\"Facilitator\"", after);
        Assert.Contains(user.Email, after);
        Assert.Contains("\n", after); // pretty-printed
    }

    [Fact]
    public async Task An_entry_of_a_deleted_account_stays_with_its_action_and_time_but_names_nobody()
    {
        var user = await factory.CreateAsync();
        var leaving = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(leaving);
        await client.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Facilitator });
        var viewer = await factory.LoginAsAdminAsync();
        var before = Assert.Single((await ListAsync(viewer, $"action=user.role.grant&actor={leaving.Email}")).Items);
        Assert.Equal(leaving.Id, before.ActorId);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/delete", new { password = leaving.Password })).StatusCode);

        var after = Assert.Single((await ListAsync(viewer, "action=user.role.grant&pageSize=100")).Items, e => e.Id == before.Id);
        Assert.Equal(("DeletedAccount", null, "deleted account"), (after.Actor, after.ActorId, after.ActorName));
        Assert.Equal((before.At, before.Action, before.EntityId), (after.At, after.Action, after.EntityId));
        Assert.Empty((await ListAsync(viewer, $"actor={leaving.Email}")).Items);
        var page = await viewer.GetPageAsync("/admin/audit?action=user.role.grant&pageSize=100");
        var shown = page.QuerySelectorAll(".audit-entry").Select(e => e.QuerySelector(".audit-actor")!).First(a => a.GetAttribute("data-actor") == "DeletedAccount");
        Assert.Equal("deleted account", shown.TextContent);
    }

    [Fact]
    public async Task Api_filters_by_action_entity_type_actor_and_Thai_calendar_days_newest_first()
    {
        var type = "Probe" + Guid.NewGuid().ToString("N")[..8];
        var (somchai, malee) = (await ActorAsync("somchai"), await ActorAsync("malee"));
        await AddAsync(
            Entry(type, "probe.create", somchai, new DateTime(2026, 3, 1, 16, 30, 0, DateTimeKind.Utc)), // 1 Mar 23:30 in Thailand
            Entry(type, "probe.create", malee, new DateTime(2026, 3, 1, 17, 30, 0, DateTimeKind.Utc)),   // 2 Mar 00:30 in Thailand
            Entry(type, "probe.update", somchai, new DateTime(2026, 3, 5, 3, 0, 0, DateTimeKind.Utc)),
            Entry(type, "probeextra.update", somchai, new DateTime(2026, 3, 6, 3, 0, 0, DateTimeKind.Utc)));
        var admin = await factory.LoginAsAdminAsync();

        var all = await ListAsync(admin, $"entityType={type}");
        Assert.Equal(["probeextra.update", "probe.update", "probe.create", "probe.create"], all.Items.Select(e => e.Action));
        Assert.Equal(3, (await ListAsync(admin, $"entityType={type}&action=probe")).TotalCount);
        Assert.Equal(2, (await ListAsync(admin, $"entityType={type}&action=probe.create")).TotalCount);
        Assert.Equal(3, (await ListAsync(admin, $"entityType={type}&actor=SOMCHAI")).TotalCount);
        Assert.Equal(3, (await ListAsync(admin, $"entityType={type}&actor={somchai.Email}")).TotalCount);
        var thaiSecondOfMarch = await ListAsync(admin, $"entityType={type}&from=2026-03-02&to=2026-03-02");
        Assert.Equal(malee.Email.Split('@')[0], Assert.Single(thaiSecondOfMarch.Items).ActorName);
        Assert.Equal(1, (await ListAsync(admin, $"entityType={type}&to=2026-03-01")).TotalCount);
        Assert.Equal(2, (await ListAsync(admin, $"entityType={type}&from=2026-03-05")).TotalCount);
        var paged = await ListAsync(admin, $"entityType={type}&page=2&pageSize=3");
        Assert.Equal((4, 2, 1), (paged.TotalCount, paged.TotalPages, paged.Items.Count));
        Assert.Equal((somchai.Email.Split('@')[0], "Account", somchai.Id), (all.Items[0].ActorName, all.Items[0].Actor, all.Items[0].ActorId));
        Assert.Equal("x", all.Items[0].After!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Audit_page_filters_and_shows_dates_in_the_Buddhist_Era_in_Thai_and_Gregorian_in_English()
    {
        var type = "Probe" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(
            Entry(type, "probe.create", await ActorAsync("somchai"), new DateTime(2026, 3, 1, 18, 0, 0, DateTimeKind.Utc)),
            Entry(type, "probe.delete", await ActorAsync("malee"), new DateTime(2026, 4, 1, 18, 0, 0, DateTimeKind.Utc)));
        var admin = await factory.LoginAsAdminAsync("th");

        var thai = await admin.GetPageAsync($"/admin/audit?entityType={type}&actor=somchai&from=2026-03-02&to=2026-03-02");
        var entry = Assert.Single(thai.QuerySelectorAll(".audit-entry"));
        Assert.Equal("2 มีนาคม พ.ศ. 2569 เวลา 01:00 น.", entry.QuerySelector("time")!.TextContent);
        Assert.Equal(type, thai.QuerySelector("#f-entity option[selected]")!.GetAttribute("value"));
        Assert.Equal("2026-03-02", thai.QuerySelector("#f-from")!.GetAttribute("value"));

        await admin.GetAsync("/culture/en");
        var english = await admin.GetPageAsync($"/admin/audit?entityType={type}&action=probe.delete");
        Assert.Equal("2 April 2026, 01:00", Assert.Single(english.QuerySelectorAll(".audit-entry")).QuerySelector("time")!.TextContent);
        Assert.Empty((await admin.GetPageAsync($"/admin/audit?entityType={type}&actor=nobody")).QuerySelectorAll(".audit-entry"));
    }

    [Fact]
    public async Task Before_and_after_are_shown_as_text_never_as_html()
    {
        var type = "Probe" + Guid.NewGuid().ToString("N")[..8];
        var mallory = await ActorAsync("mallory");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == mallory.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "<b>mallory</b>")));
        await AddAsync(new AuditEntry
        {
            At = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), ActorKind = AuditActorKind.Account, ActorId = mallory.Id, Action = "probe.xss", EntityType = type, EntityId = "1",
            Before = "{\"name\":\"<script>alert(1)</script>\"}", After = "not json <img src=x>",
        });
        var admin = await factory.LoginAsAdminAsync();
        var response = await admin.GetAsync($"/admin/audit?entityType={type}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x>", html);
        Assert.DoesNotContain("<b>mallory", html);
        var page = await Html.ParseAsync(response);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".audit-before")!.TextContent);
        Assert.Contains("not json <img src=x>", page.QuerySelector(".audit-after")!.TextContent);
    }

    [Fact]
    public async Task Bad_filters_are_400_in_the_api_and_a_field_error_on_the_page()
    {
        var admin = await factory.LoginAsAdminAsync();
        var reversed = await admin.GetAsync("/api/v1/audit?from=2026-05-02&to=2026-05-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        var problem = await reversed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The end date must not be before the start date", problem.GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit?from=yesterday")).StatusCode);
        var tooLong = await admin.GetAsync($"/api/v1/audit?action={new string('a', 101)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        var page = await admin.GetPageAsync("/admin/audit?from=2026-05-02&to=2026-05-01");
        Assert.Contains("The end date must not be before the start date", Html.FieldErrors(page));
        var badDate = await admin.GetPageAsync("/admin/audit?from=yesterday");
        Assert.NotEmpty(Html.FieldErrors(badDate));
    }

    private static AuditEntry Entry(string type, string action, TestUser actor, DateTime at) => new()
    {
        At = at, ActorKind = AuditActorKind.Account, ActorId = actor.Id, Action = action, EntityType = type, EntityId = "42",
        Before = null, After = "{\"name\":\"x\"}",
    };

    /// <summary>An account whose e-mail and display name start with the given name (the log refers to it by id only).</summary>
    private Task<TestUser> ActorAsync(string name) => factory.CreateAsync(email: $"{name}-{Guid.NewGuid():N}@example.org");

    private Task AddAsync(params AuditEntry[] entries) => factory.WithDbAsync(async db =>
    {
        db.AuditEntries.AddRange(entries);
        return await db.SaveChangesAsync();
    });

    private static async Task<Paged<AuditEntryDto>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Paged<AuditEntryDto>>($"/api/v1/audit?{query}"))!;
}
