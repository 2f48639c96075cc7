using System.Globalization;
using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Common.Localization;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Platform;

/// <summary>
/// Every form with a date or time field, in the Thai interface (the default): the value is picked with the browser's own
/// field (FillAsync on a date field is what its picker sends: ISO, Gregorian), stored Gregorian, shown back in the
/// Buddhist Era, and after an error the field still holds the ISO value.
/// </summary>
public sealed class DateFieldJourneys(BrowserApp app) : IClassFixture<BrowserApp>
{
    private DateOnly Today => ThaiTime.Today(app.Services.GetRequiredService<TimeProvider>());

    // The last day of next year: always in the future, and its Buddhist-Era year is 543 more.
    private DateOnly EndOfNextYear => new(Today.Year + 1, 12, 31);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTime wallClock) => wallClock.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private async Task<IPage> SignedInAsync(string role, int[]? cities = null)
    {
        var page = await app.NewPageAsync();
        await page.LoginAsync(await app.CreateAsync(role, cities: cities));
        return page;
    }

    private Task<int> CityAsync() => app.WithDbAsync(db => db.Cities.Where(c => c.Name.Th == "เทศบาลนครพิษณุโลก").Select(c => c.Id).FirstAsync());

    [Fact]
    public async Task Opening_an_assessment_cycle_in_Thai_stores_the_deadline_picked_in_the_date_field_and_shows_it_in_the_Buddhist_Era()
    {
        var deadline = EndOfNextYear;
        var admin = await SignedInAsync(Roles.Admin);
        await admin.GotoAsync("/assessment");
        await admin.FillAsync("#deadline", Iso(deadline));
        await admin.ClickAsync("form:has(#deadline) button");
        // The year is missing: that is the only error, and the date field still holds the ISO date as picked.
        await Assertions.Expect(admin.Locator("#yearBe")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Assertions.Expect(admin.Locator("#deadline")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Assertions.Expect(admin.Locator("#deadline")).ToHaveValueAsync(Iso(deadline));

        await admin.FillAsync("#yearBe", "2655");
        await admin.ClickAsync("form:has(#deadline) button");
        await admin.ExpectAddressAsync("/assessment$");
        Assert.Equal(deadline, await app.WithDbAsync(db => db.AssessmentCycles.Where(c => c.YearBe == 2655).Select(c => c.Deadline).SingleAsync()));
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync($"31 ธันวาคม พ.ศ. {deadline.Year + 543}");
    }

    [Fact]
    public async Task A_new_activity_in_Thai_stores_its_session_and_registration_times_as_picked_in_Thai_time()
    {
        var city = await CityAsync();
        var start = Today.AddDays(5).ToDateTime(new TimeOnly(13, 0));
        var coordinator = await SignedInAsync(Roles.Coordinator, [city]);
        await coordinator.GotoAsync("/activities/new");
        await coordinator.SelectOptionAsync("#Publisher", $"city:{city}");
        var title = $"วงเล่านิทาน {Guid.NewGuid().ToString("N")[..6]}";
        await coordinator.FillAsync("#Input_TitleTh", title);
        await coordinator.FillAsync("#Input_DescriptionTh", "เล่านิทานพื้นบ้านให้เด็กและครอบครัวฟัง");
        await coordinator.CheckAsync("#age-WorkingAge");
        await coordinator.FillAsync("#OpensLocal", Iso(Today.AddDays(1).ToDateTime(new TimeOnly(8, 0))));
        await coordinator.FillAsync("#ClosesLocal", Iso(Today.AddDays(4).ToDateTime(new TimeOnly(18, 0))));
        await coordinator.FillAsync("#SessionStartsLocal", Iso(start));
        await coordinator.FillAsync("#SessionEndsLocal", Iso(start.AddHours(2)));
        await coordinator.FillAsync("#SessionCapacity", "20");
        // No learning space yet: refused, and the times stay in the fields as picked.
        await coordinator.ClickAsync("#save-draft");
        await Assertions.Expect(coordinator.Locator("#SessionStartsLocal")).ToHaveValueAsync(Iso(start));
        await Assertions.Expect(coordinator.Locator("#OpensLocal")).ToHaveValueAsync(Iso(Today.AddDays(1).ToDateTime(new TimeOnly(8, 0))));
        var space = await app.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th == "ศูนย์การเรียนรู้ชุมชนริมน่าน").Select(s => s.Id).FirstAsync());
        await coordinator.SelectOptionAsync("#Input_LearningSpaceId", space.ToString(CultureInfo.InvariantCulture));
        await coordinator.ClickAsync("#save-draft");
        await coordinator.ExpectAddressAsync(@"/activities/\d+$");

        var stored = await app.WithDbAsync(db => db.Activities.Where(a => a.Title.Th == title)
            .Select(a => new { a.RegistrationOpensAt, Session = db.ActivitySessions.Single(s => s.ActivityId == a.Id) }).SingleAsync());
        Assert.Equal(start.AddHours(-7), stored.Session.StartsAt);
        Assert.Equal(Today.AddDays(1).ToDateTime(new TimeOnly(1, 0)), stored.RegistrationOpensAt);
        var day = Today.AddDays(5);
        await Assertions.Expect(coordinator.Locator("#sessions")).ToContainTextAsync(
            $"{day.Day} {ThaiMonth(day.Month)} {day.Year + 543} เวลา 13:00–15:00 น.");
    }

    [Fact]
    public async Task Adding_a_session_in_Thai_stores_the_times_picked_in_the_datetime_fields_and_keeps_them_after_an_error()
    {
        var city = await CityAsync();
        var activity = await app.WithDbAsync(db => db.Activities.Where(a => a.CityId == city).Select(a => a.Id).FirstAsync());
        var start = Today.AddDays(9).ToDateTime(new TimeOnly(9, 30));
        var coordinator = await SignedInAsync(Roles.Coordinator, [city]);
        await coordinator.GotoAsync($"/activities/{activity}/sessions");
        // Ends before it starts: refused, and both fields keep the ISO values.
        await coordinator.FillAsync("#StartsLocal", Iso(start));
        await coordinator.FillAsync("#EndsLocal", Iso(start.AddHours(-1)));
        await coordinator.FillAsync("#Capacity", "12");
        await coordinator.ClickAsync("#add-session button[type=submit]");
        await Assertions.Expect(coordinator.Locator("#StartsLocal")).ToHaveValueAsync(Iso(start));
        await Assertions.Expect(coordinator.Locator("#EndsLocal")).ToHaveValueAsync(Iso(start.AddHours(-1)));

        await coordinator.FillAsync("#EndsLocal", Iso(start.AddHours(3)));
        await coordinator.ClickAsync("#add-session button[type=submit]");
        await coordinator.ExpectAddressAsync($"/activities/{activity}/sessions$");
        var startUtc = start.AddHours(-7);
        var id = await app.WithDbAsync(db => db.ActivitySessions.Where(s => s.ActivityId == activity && s.StartsAt == startUtc).Select(s => s.Id).SingleAsync());
        await Assertions.Expect(coordinator.Locator($"#start-{id}")).ToHaveValueAsync(Iso(start));
        await Assertions.Expect(coordinator.Locator($"#end-{id}")).ToHaveValueAsync(Iso(start.AddHours(3)));
    }

    [Fact]
    public async Task A_new_award_cycle_in_Thai_stores_the_dates_picked_and_its_page_carries_them_in_ISO_and_shows_them_in_the_Buddhist_Era()
    {
        var opens = Today.AddDays(20);
        var admin = await SignedInAsync(Roles.Admin);
        await admin.GotoAsync("/awards/cycles/new");
        await admin.FillAsync("#yearBe", "2656");
        await admin.FillAsync("#nameTh", "รางวัลทดสอบวันที่");
        await admin.FillAsync("#callOpens", Iso(opens));
        await admin.FillAsync("#callCloses", Iso(opens.AddDays(-1)));
        await admin.ClickAsync("#create-cycle");
        await Assertions.Expect(admin.Locator("#callCloses")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Assertions.Expect(admin.Locator("#callOpens")).ToHaveValueAsync(Iso(opens));

        await admin.FillAsync("#callCloses", Iso(opens.AddDays(40)));
        await admin.FillAsync("#judgingEnds", Iso(opens.AddDays(60)));
        await admin.FillAsync("#announcementOn", Iso(opens.AddDays(70)));
        await admin.ClickAsync("#create-cycle");
        await admin.ExpectAddressAsync(@"/awards/cycles/\d+$");
        var cycle = await app.WithDbAsync(db => db.AwardCycles.Where(c => c.YearBe == 2656).Select(c => new { c.CallOpens, c.AnnouncementOn }).SingleAsync());
        Assert.Equal((opens, opens.AddDays(70)), (cycle.CallOpens, cycle.AnnouncementOn));
        var first = admin.Locator("main time").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("datetime", Iso(opens));
        await Assertions.Expect(first).ToHaveTextAsync($"{opens.Day} {LongThaiMonth(opens.Month)} พ.ศ. {opens.Year + 543}");
    }

    [Fact]
    public async Task A_funding_call_in_Thai_stores_its_opening_and_closing_dates_as_picked()
    {
        var city = await CityAsync();
        var closes = EndOfNextYear;
        var coordinator = await SignedInAsync(Roles.Coordinator, [city]);
        await coordinator.GotoAsync("/funding/new");
        await coordinator.FillAsync("#Input_FunderTh", "กองทุนทดสอบวันที่");
        await coordinator.FillAsync("#Input_ProgrammeTh", "ทุนเรียนรู้ชุมชน");
        await coordinator.SelectOptionAsync("#Publisher", $"city:{city}");
        await coordinator.FillAsync("#Input_OpensOn", Iso(Today));
        await coordinator.FillAsync("#Input_ClosesOn", Iso(closes));
        await coordinator.ClickAsync("main form button[type=submit]");
        await coordinator.ExpectAddressAsync(@"/funding/\d+$");
        Assert.Equal(closes, await app.WithDbAsync(db => db.FundingSources.Where(f => f.Funder.Th == "กองทุนทดสอบวันที่").Select(f => f.ClosesOn).SingleAsync()));
        await Assertions.Expect(coordinator.Locator("#funding-closes")).ToHaveTextAsync($"31 ธันวาคม พ.ศ. {closes.Year + 543}");
    }

    [Fact]
    public async Task A_resource_in_Thai_stores_its_publication_date_as_picked()
    {
        var city = await CityAsync();
        var published = new DateOnly(Today.Year - 1, 3, 15);
        var title = $"คู่มือทดสอบวันที่ {Guid.NewGuid().ToString("N")[..6]}";
        var coordinator = await SignedInAsync(Roles.Coordinator, [city]);
        await coordinator.GotoAsync("/resources/new");
        await coordinator.SelectOptionAsync("#Publisher", $"city:{city}");
        await coordinator.SelectOptionAsync("#Input_Type", "Toolkit");
        await coordinator.FillAsync("#Input_TitleTh", title);
        await coordinator.FillAsync("#Input_SummaryTh", "คู่มือสำหรับทดสอบวันที่เผยแพร่");
        await coordinator.FillAsync("#Input_BodyTh", "เนื้อหา");
        await coordinator.CheckAsync("#topic-environment");
        await coordinator.CheckAsync("#audience-Children");
        await coordinator.FillAsync("#Input_PublishedOn", Iso(published));
        await coordinator.ClickAsync("#save-draft");
        await coordinator.ExpectAddressAsync(@"/resources/\d+$");
        Assert.Equal(published, await app.WithDbAsync(db => db.LearningResources.Where(r => r.Title.Th == title).Select(r => r.PublishedOn).SingleAsync()));
        await Assertions.Expect(coordinator.Locator("#resource-date")).ToHaveTextAsync($"15 มีนาคม พ.ศ. {published.Year + 543}");
    }

    [Fact]
    public async Task A_learner_in_Thai_records_learning_on_the_date_picked_and_it_is_not_refused_as_an_impossible_year()
    {
        var done = Today.AddDays(-10);
        var learner = await SignedInAsync(Roles.Learner);
        await learner.GotoAsync("/me/passport/learning");
        await learner.FillAsync("#Input_CompletedOn", Iso(done));
        await learner.ClickAsync("#save-learning");
        // The title is missing; the date is kept as picked and is not the error.
        await Assertions.Expect(learner.Locator("#Input_CompletedOn")).ToHaveValueAsync(Iso(done));
        await learner.FillAsync("#Input_Title", "เรียนทำขนมไทย");
        await learner.FillAsync("#Input_Hours", "3");
        await learner.ClickAsync("#save-learning");
        await learner.ExpectAddressAsync("/me/passport$");
        Assert.Equal(done, await app.WithDbAsync(db => db.SelfDeclaredLearning.Where(d => d.Title == "เรียนทำขนมไทย").Select(d => d.CompletedOn).SingleAsync()));
        await Assertions.Expect(learner.Locator("main")).ToContainTextAsync($"{done.Day} {LongThaiMonth(done.Month)} พ.ศ. {done.Year + 543}");
    }

    [Fact]
    public async Task The_audit_filter_in_Thai_carries_the_dates_picked_in_ISO_and_keeps_them_in_its_fields()
    {
        var admin = await SignedInAsync(Roles.Admin);
        await admin.GotoAsync("/admin/audit");
        await admin.FillAsync("#f-from", Iso(Today.AddDays(-3)));
        await admin.FillAsync("#f-to", Iso(Today));
        await admin.ClickAsync("#audit-filter button[type=submit]");
        await admin.ExpectAddressAsync($"from={Iso(Today.AddDays(-3))}");
        await Assertions.Expect(admin.Locator("#f-from")).ToHaveValueAsync(Iso(Today.AddDays(-3)));
        await Assertions.Expect(admin.Locator("#f-to")).ToHaveValueAsync(Iso(Today));
    }

    [Fact]
    public async Task Opening_hours_picked_in_the_time_fields_in_Thai_are_stored_as_picked()
    {
        var space = await app.WithDbAsync(db => db.LearningSpaces.Where(s => s.Name.Th == "ศูนย์การเรียนรู้ชุมชนริมน่าน").Select(s => s.Id).FirstAsync());
        var admin = await SignedInAsync(Roles.Admin);
        await admin.GotoAsync($"/spaces/{space}/edit");
        await admin.FillAsync("#day-0-opens1", "07:45");
        await admin.FillAsync("#day-0-closes1", "19:15");
        await admin.ClickAsync("main form button[type=submit]");
        await admin.ExpectAddressAsync($"/spaces/{space}$");
        var hours = await app.WithDbAsync(db => db.LearningSpaces.Where(s => s.Id == space).Select(s => s.OpeningHours).SingleAsync());
        Assert.Contains(hours, i => i.Opens == new TimeOnly(7, 45) && i.Closes == new TimeOnly(19, 15));
        await admin.GotoAsync($"/spaces/{space}/edit");
        await Assertions.Expect(admin.Locator("#day-0-opens1")).ToHaveValueAsync("07:45");
    }

    private static string ThaiMonth(int month) =>
        new[] { "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค." }[month - 1];

    private static string LongThaiMonth(int month) =>
        new[] { "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม" }[month - 1];
}
