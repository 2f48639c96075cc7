using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Modules.Search.Indexing;
using LearningCity.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Academy;

public sealed class CourseAuthoringJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_facilitator_builds_and_publishes_a_course_which_a_visitor_finds_by_a_thai_word_and_opens()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"การออกแบบพื้นที่เรียนรู้ริมน้ำ {marker}";

        // A facilitator creates the course as a draft ...
        var facilitator = await app.NewPageAsync();
        await facilitator.LoginAsync(await app.CreateAsync(Roles.Facilitator));
        await facilitator.GotoAsync("/academy");
        await facilitator.ClickAsync("#new-course");
        await facilitator.ExpectAddressAsync("/academy/courses/new$");
        await facilitator.FillAsync("#Input_TitleTh", title);
        await facilitator.FillAsync("#Input_SummaryTh", "ชวนชุมชนริมน้ำออกแบบพื้นที่เรียนรู้ร่วมกัน");
        await facilitator.SelectOptionAsync("#Input_Capacity", "CommunityEngagement");
        await facilitator.FillAsync("#Input_EstimatedHours", "3");
        await facilitator.CheckAsync("#audience-CommunityLeaders");
        await facilitator.FillAsync("#Input_Indicators", "C3.1");
        await facilitator.ClickAsync("#save-course");
        await facilitator.ExpectAddressAsync(@"/academy/courses/\d+/edit");

        // ... adds a module and two lessons ...
        await facilitator.FillAsync("#module-title-th", "เริ่มจากเสียงของชุมชน");
        await facilitator.ClickAsync("#add-module");
        var module = facilitator.Locator(".edit-module").First;
        await Assertions.Expect(module).ToContainTextAsync("เริ่มจากเสียงของชุมชน");
        foreach (var (lesson, text) in new[] { ("ฟังชุมชนริมน้ำ", "เดินสำรวจ **ริมน้ำ** กับผู้นำชุมชน"), ("สรุปความต้องการ", "จัดกลุ่มความต้องการเป็นสามเรื่อง") })
        {
            var form = facilitator.Locator(".edit-module").First.Locator(".add-lesson");
            await form.Locator("summary").ClickAsync();
            await form.Locator(".lesson-title-th").FillAsync(lesson);
            await form.Locator(".lesson-body-th").FillAsync(text);
            await form.Locator(".add-lesson-submit").ClickAsync();
            await Assertions.Expect(facilitator.Locator(".edit-module").First).ToContainTextAsync(lesson);
        }
        await Assertions.Expect(facilitator.Locator(".edit-lesson")).ToHaveCountAsync(2);

        // ... and publishes it: version 1.
        await facilitator.ClickAsync("#to-course");
        await facilitator.ExpectAddressAsync(@"/academy/courses/\d+$");
        await facilitator.ClickAsync("#publish-form button");
        await Assertions.Expect(facilitator.Locator("#course-version")).ToHaveTextAsync("1");
        var url = new Uri(facilitator.Url).AbsolutePath;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await app.Services.GetRequiredService<SearchIndexer>().WaitUntilCaughtUpAsync(timeout.Token);

        // A visitor finds it in the catalogue by Thai words typed together, and opens it.
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/academy");
        await visitor.FillAsync("#filter-q", "พื้นที่เรียนรู้ริมน้ำ" + marker);
        await visitor.ClickAsync("#filter-submit");
        await visitor.ExpectAddressAsync("q=");
        await Assertions.Expect(visitor.Locator("#result-count")).ToHaveTextAsync("พบ 1 หลักสูตร");
        await visitor.ClickAsync($"#capacity-CommunityEngagement .course-card a:has-text('{title}')");
        await Assertions.Expect(visitor.Locator("#course-title")).ToHaveTextAsync(title);
        Assert.EndsWith(url, visitor.Url, StringComparison.Ordinal);
        await Assertions.Expect(visitor.Locator(".course-lesson")).ToHaveCountAsync(2);
        await visitor.Locator(".course-lesson summary").First.ClickAsync();
        await Assertions.Expect(visitor.Locator(".course-lesson .markdown strong").First).ToHaveTextAsync("ริมน้ำ");
        await Assertions.Expect(visitor.Locator("#author-actions")).ToHaveCountAsync(0);
        await visitor.AssertAccessibleAsync();
    }
}
