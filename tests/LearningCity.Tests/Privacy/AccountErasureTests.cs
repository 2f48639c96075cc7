using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The PDPA's right to erasure, proved over the whole database: every column that can hold a person (found from the
/// EF model, see <see cref="PersonalDataColumns"/>) and every text column besides, after an account that touched every
/// module is deleted through the real API.
/// </summary>
public sealed class AccountErasureTests(PrivacyFactory factory) : IClassFixture<PrivacyFactory>
{
    private IModel Model
    {
        get
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<Common.Data.AppDbContext>().GetService<IDesignTimeModel>().Model;
        }
    }

    [Fact]
    public void The_model_names_every_column_that_can_hold_an_account_id_or_a_persons_contact()
    {
        var all = PersonalDataColumns.All(Model).ToDictionary(c => c.Key);
        foreach (var listed in PersonalDataColumns.NotAccountIds.Concat(PersonalDataColumns.AccountIdsNamedOtherwise))
            Assert.True(all.TryGetValue(listed, out var c) && c.IsGuid, $"{listed} is listed but is no Guid column of the model");
        foreach (var listed in PersonalDataColumns.NotPersonText)
            Assert.True(all.TryGetValue(listed, out var c) && c.IsText && PersonalDataColumns.PersonTextName.IsMatch(c.Column), $"{listed} is listed but no text column named like a person's");

        var unnamed = PersonalDataColumns.AccountIds(Model)
            .Where(c => !PersonalDataColumns.AccountIdName.IsMatch(c.Column) && !PersonalDataColumns.AccountIdsNamedOtherwise.Contains(c.Key)).Select(c => c.Key);
        Assert.True(!unnamed.Any(), "Guid columns neither named as an account id nor listed as holding something else: " + string.Join(", ", unnamed));

        var ids = PersonalDataColumns.AccountIds(Model).Select(c => c.Key).ToList();
        var text = PersonalDataColumns.PersonText(Model).Select(c => c.Key).ToList();
        string[] expectedIds = ["common_audit_entries.ActorId", "awards_judges.UserId", "awards_assignments.JudgeUserId", "awards_conflicts.JudgeUserId",
            "resources_content_reports.ReporterId", "resources_import_jobs.CreatedBy", "cities_learning_cities.ProposedBy", "assessment_revisions.By"];
        string[] expectedText = ["common_email_outbox.To", "identity_users.Email", "awards_judges.DisplayName", "booster_activities.ContactEmail",
            "cities_learning_cities.CoordinatorEmail", "credentials_issued.RecipientName"];
        Assert.All(expectedIds, c => Assert.Contains(c, ids));
        Assert.All(expectedText, c => Assert.Contains(c, text));
    }

    [Fact]
    public async Task Deleting_an_account_that_touched_every_module_leaves_no_trace_of_it_and_keeps_every_figure()
    {
        var account = await EveryModuleAccount.CreateAsync(factory);
        var columns = PersonalDataColumns.All(Model).Where(c => c.IsGuid || c.IsText).ToList();
        var personColumns = PersonalDataColumns.AccountIds(Model).Concat(PersonalDataColumns.PersonText(Model)).ToList();
        var before = await factory.WithDbAsync(db => PersonalDataScan.FindAsync(db, personColumns, account.Traces));
        // The scan can see the person: before the deletion they are in the tables of every module.
        var modules = PersonalDataColumns.ModuleOfTable(Model);
        Assert.Equal(["Academy", "Assessment", "Audit", "Awards", "Booster", "Cities", "Credentials", "Email", "Forum", "Identity", "Mentoring", "Research", "Resources"],
            before.Select(hit => modules[hit.Split('.')[0]]).Distinct().Order(StringComparer.Ordinal));
        Assert.NotEmpty(PersonalDataScan.FindInMail(factory.Mailbox, account.Traces));
        var figures = await account.FiguresAsync();

        var deleted = await account.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = account.User.Password });
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var left = await factory.WithDbAsync(db => PersonalDataScan.FindAsync(db, columns, account.Traces));
        Assert.True(left.Count == 0, "Still in the database after deletion:\n" + string.Join("\n", left));
        var mail = PersonalDataScan.FindInMail(factory.Mailbox, account.Traces);
        Assert.True(mail.Count == 0, "Still in the pickup folder:\n" + string.Join("\n", mail));
        Assert.Equal(figures, await account.FiguresAsync());
    }

    [Fact]
    public async Task The_download_has_a_section_for_every_module_that_holds_personal_data_each_with_the_persons_own()
    {
        var account = await EveryModuleAccount.CreateAsync(factory);
        var download = await account.Client.GetAsync("/me/data/export.json");
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement;

        var holding = PersonalDataColumns.AccountIds(Model).Concat(PersonalDataColumns.PersonText(Model))
            .Select(c => PersonalDataColumns.ModuleOfTable(Model)[c.Table]).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var module in holding)
        {
            Assert.True(SectionOf.TryGetValue(module, out var section), $"Module {module} holds personal data: name its section in the download here");
            Assert.True(json.TryGetProperty(section, out var part) && HasContent(part), $"The download has no data in section '{section}' of module {module}");
        }
        var text = json.GetRawText();
        Assert.Contains(account.User.Email, text);
        Assert.Contains(account.User.Id.ToString(), json.GetProperty("account").GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await account.Client.GetAsync("/api/v1/me/data")).StatusCode);
    }

    private static readonly Dictionary<string, string> SectionOf = new()
    {
        ["Identity"] = "account", ["Academy"] = "academy", ["Assessment"] = "assessment", ["Audit"] = "audit", ["Awards"] = "awards", ["Booster"] = "booster",
        ["Cities"] = "cities", ["Credentials"] = "credentials", ["Email"] = "email", ["Forum"] = "forum", ["Mentoring"] = "mentoring", ["Research"] = "research", ["Resources"] = "resources",
    };

    /// <summary>Every list in the section has at least one entry: the account did something in each part of the module.</summary>
    private static bool HasContent(JsonElement section) => section.ValueKind switch
    {
        JsonValueKind.Array => section.GetArrayLength() > 0,
        JsonValueKind.Object => section.EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Array || p.Value.GetArrayLength() > 0),
        _ => false,
    };
}
