using System.Net;
using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Booster;

public sealed class ActivityFormTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_publishers_reach_the_new_activity_form()
    {
        var anonymous = await factory.CreateBrowserlessClient().GetAsync("/activities/new");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var learner = await factory.LoginAsync(await factory.CreateAsync(Roles.Learner));
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/activities/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync("/activities/mine")).StatusCode);
    }

    [Fact]
    public async Task The_form_re_renders_errors_and_keeps_the_input_then_creates_a_draft_with_its_first_session()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var start = factory.Now().ToOffset(TimeSpan.FromHours(7)).Date.AddDays(5).AddHours(9);
        var fields = new Dictionary<string, string>
        {
            ["Input.TitleTh"] = "", ["Input.DescriptionTh"] = "รายละเอียดที่พิมพ์ไว้", ["Input.Mode"] = "Online",
            ["Input.OnlineUrl"] = "https://meet.example.org/a", ["Input.AgeGroups"] = "Youth",
            ["SessionStartsLocal"] = start.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture), ["SessionEndsLocal"] = start.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
            ["SessionCapacity"] = "10", ["publish"] = "false",
        };
        var invalid = await client.SubmitFormAsync("/activities/new", fields, "#activity-form");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var page = await Html.ParseAsync(invalid);
        var errors = Html.FieldErrors(page);
        Assert.Contains(errors, e => e.Contains("โปรดกรอก", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("หลังเวลาเริ่ม", StringComparison.Ordinal));
        Assert.Equal("รายละเอียดที่พิมพ์ไว้", page.QuerySelector("#Input_DescriptionTh")!.TextContent.Trim());

        var title = CityTestData.Unique("ทำสบู่สมุนไพร");
        fields["Input.TitleTh"] = title;
        fields["SessionEndsLocal"] = start.AddHours(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var saved = await client.SubmitFormAsync("/activities/new", fields, "#activity-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var activity = await factory.WithDbAsync(db => db.Activities.Include(a => a.Sessions).FirstAsync(a => a.Title.Th == title));
        Assert.Equal(PublicationStatus.Draft, activity.Status);
        Assert.Equal(AgeGroup.Youth, activity.AgeGroups);
        Assert.Equal(DateTime.SpecifyKind(start.AddHours(-7), DateTimeKind.Utc), activity.Sessions.Single().StartsAt);
        Assert.Equal(10, activity.Sessions.Single().Capacity);

        var mine = await client.GetPageAsync("/activities/mine");
        Assert.NotNull(mine.QuerySelector($"a[href='/activities/{activity.Id}/sessions/{activity.Sessions[0].Id}/roster']"));
    }

    [Fact]
    public async Task Photos_are_checked_by_content_and_shown_on_the_activity()
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมือง"));
        var client = await factory.LoginAsync(await factory.CreateAsync(Roles.Coordinator, cities: [city]));
        var title = CityTestData.Unique("ถ่ายภาพด้วยมือถือ");
        var fields = new Dictionary<string, string>
        {
            ["Input.TitleTh"] = title, ["Input.Mode"] = "Online", ["Input.OnlineUrl"] = "https://meet.example.org/p",
            ["Input.AgeGroups"] = "Youth", ["publish"] = "true",
        };
        var refused = await client.PostMultipartAsync("/activities/new", fields, "PhotoUploads", "<script>x</script>"u8.ToArray(), "photo.png", "image/png", "#activity-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Html.FieldErrors(await Html.ParseAsync(refused)), e => e.Contains("ไม่ใช่รูปภาพ", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title.Th == title)));

        var saved = await client.PostMultipartAsync("/activities/new", fields, "PhotoUploads", CityTestData.Png, "photo.png", "image/png", "#activity-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var activity = await factory.WithDbAsync(db => db.Activities.FirstAsync(a => a.Title.Th == title));
        var photo = Assert.Single(activity.Photos);
        var page = await client.GetPageAsync($"/activities/{activity.Id}");
        Assert.Equal($"/files/{photo}", page.QuerySelector("#activity-photos img")!.GetAttribute("src"));
    }
}
