using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Import;
using LearningCity.Tests.Booster;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using System.ComponentModel.DataAnnotations;
using System.Net.Http.Json;

namespace LearningCity.Tests.Forms;

/// <summary>What a form shows: people's words instead of codes, and messages that fit the input (choose, not type).</summary>
// It checks what forms show, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class FormLabelsAndMessagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("08:30-16:30 น.")]
    [InlineData("8.30-16.30 น.")]
    [InlineData("08:30–16:30")]
    [InlineData("08.30 - 16.30 นาฬิกา")]
    [InlineData("ทุกวัน 08:30-16:30 น.")]
    [InlineData("เวลา 08.30-16.30 น.")]
    public void Thai_opening_times_without_days_are_every_day(string text)
    {
        var (hours, error) = new OpeningHoursText(new JsonStringLocalizer()).Parse(text);
        Assert.Null(error);
        Assert.Equal(7, hours.Count);
        Assert.All(hours, h => Assert.Equal(("08:30", "16:30"), (h.Opens, h.Closes)));
    }

    [Fact]
    public void Thai_opening_times_keep_their_days_and_still_refuse_nonsense()
    {
        var text = new OpeningHoursText(new JsonStringLocalizer());
        var (hours, error) = text.Parse("จ-ศ 8.30-16.30 น.; ส 09.00-12.00 น.");
        Assert.Null(error);
        Assert.Equal(6, hours.Count);
        Assert.Equal(("Saturday", "09:00", "12:00"), (hours[^1].Day, hours[^1].Opens, hours[^1].Closes));
        Assert.NotNull(text.Parse("08:30-25:00 น.").Error);
        Assert.NotNull(text.Parse("เปิดทุกวัน").Error);
        Assert.NotNull(text.Parse("Funday 08:30-16:30").Error);
    }

    private static string In(string culture, Func<string> read)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
        try { return read(); }
        finally { System.Globalization.CultureInfo.CurrentUICulture = before; }
    }

    private sealed class Probe
    {
        public string Name { get; set; } = "";
    }

    [Fact]
    public void A_non_nullable_field_is_required_with_a_localized_message_not_the_framework_english_one()
    {
        var metadata = factory.Services.GetRequiredService<IModelMetadataProvider>().GetMetadataForProperty(typeof(Probe), nameof(Probe.Name));
        var required = Assert.Single(metadata.ValidatorMetadata.OfType<RequiredAttribute>());
        Assert.Equal("Validation.RequiredField", required.ErrorMessage);
        var l = new JsonStringLocalizer();
        Assert.Equal("โปรดกรอกข้อมูลในช่องนี้", In(Cultures.Thai, () => l["Validation.RequiredField"].Value));
        Assert.Equal("This field is required", In(Cultures.English, () => l["Validation.RequiredField"].Value));
    }

    [Fact]
    public async Task An_activity_without_an_age_group_asks_to_choose_one_and_languages_are_named()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองเลือก"));
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var form = await client.GetPageAsync("/activities/new");
        var languages = form.QuerySelectorAll("#Input_Language option").ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent.Trim());
        Assert.Equal("ภาษาไทย", languages["th"]);
        Assert.Equal("ภาษาอังกฤษ", languages["en"]);
        Assert.Equal("ภาษาจีน", languages["zh"]);
        Assert.DoesNotContain(languages.Values, v => v.Length <= 3);

        var start = factory.Now().ToOffset(TimeSpan.FromHours(7)).Date.AddDays(5).AddHours(9);
        var fields = new Dictionary<string, string>
        {
            ["Input.TitleTh"] = "กิจกรรมไม่เลือกกลุ่มอายุ", ["Input.DescriptionTh"] = "รายละเอียด", ["Input.Mode"] = "Online",
            ["Input.OnlineUrl"] = "https://meet.example.org/a",
            ["SessionStartsLocal"] = start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["SessionEndsLocal"] = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["SessionCapacity"] = "10", ["publish"] = "false",
        };
        var page = await Html.ParseAsync(await client.SubmitFormAsync("/activities/new", fields, "#activity-form"));
        var errors = Html.FieldErrors(page);
        Assert.Contains(errors, e => e.StartsWith("โปรดเลือกกลุ่ม", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("โปรดกรอกกลุ่ม", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_registration_notice_names_its_edition_in_words_not_its_code()
    {
        var session = await factory.AddSessionAsync();
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        var page = await client.GetPageAsync(session.RegisterPath);
        var notice = page.QuerySelector("#privacy-notice")!.TextContent;
        Assert.DoesNotContain("booster-registration", notice, StringComparison.Ordinal);
        Assert.Contains("ประกาศปี พ.ศ. 2568 ฉบับที่ 1", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_names_entity_types_in_words()
    {
        var user = await factory.CreateAsync();
        var admin = await factory.CreateAsync(Roles.Admin);
        var client = await factory.LoginAsync(admin);
        await client.PostAsJsonAsync($"/api/v1/admin/users/{user.Id}/roles", new { role = Roles.Facilitator });
        var page = await client.GetPageAsync($"/admin/audit?action=user.role&actor={admin.Email}");
        var option = page.QuerySelector("#f-entity option[value=User]")!;
        Assert.Equal("บัญชีผู้ใช้", option.TextContent.Trim());
        Assert.StartsWith("บัญชีผู้ใช้ ", page.QuerySelector(".audit-entity")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
