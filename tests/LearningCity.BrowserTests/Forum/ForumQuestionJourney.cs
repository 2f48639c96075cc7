using LearningCity.BrowserTests.Infrastructure;
using LearningCity.Common.Auth;
using LearningCity.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningCity.BrowserTests.Forum;

public sealed class ForumQuestionJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_question_tagged_with_an_indicator_is_answered_and_accepted_and_the_tags_subscriber_is_notified()
    {
        var title = $"ทำแผนที่แหล่งเรียนรู้ร่วมกับโรงเรียนอย่างไร {Guid.NewGuid().ToString("N")[..6]}";

        // A learner follows indicator B3.2 ...
        var subscriber = await app.NewPageAsync();
        await subscriber.LoginAsync(await app.CreateAsync(Roles.Learner));
        await subscriber.GotoAsync("/forum/tags/B3.2");
        await subscriber.ClickAsync("#subscribe-tag");
        await Assertions.Expect(subscriber.Locator("#subscribe-tag")).ToHaveTextAsync("เลิกติดตาม");

        // ... a coordinator asks a question tagged with it, from the forum's front page ...
        var asker = await app.NewPageAsync();
        await asker.LoginAsync(await app.CreateAsync(Roles.Coordinator));
        await asker.GotoAsync("/forum");
        await asker.ClickAsync("#forum-categories a[href='/forum/c/assessment']");
        await asker.ExpectAddressAsync("/forum/c/assessment$");
        await asker.ClickAsync("#new-topic");
        await asker.ExpectAddressAsync(@"/forum/new\?category=\d+");
        await asker.FillAsync("#Title", title);
        await asker.FillAsync("#Body", "โรงเรียนในเขตเทศบาลอยากร่วมทำ **แผนที่แหล่งเรียนรู้** ควรเริ่มอย่างไร");
        await asker.FillAsync("#Indicators", "B3.2");
        await asker.ClickAsync("#create-topic");
        await asker.ExpectAddressAsync(@"/forum/t/\d+$");
        await Assertions.Expect(asker.Locator("#topic-title")).ToHaveTextAsync(title);
        await Assertions.Expect(asker.Locator(".topic-tag")).ToHaveTextAsync("B3.2");
        var topicUrl = new Uri(asker.Url).AbsolutePath;

        // ... a researcher answers ...
        var answerer = await app.NewPageAsync();
        await answerer.LoginAsync(await app.CreateAsync(Roles.Researcher));
        await answerer.GotoAsync(topicUrl);
        await answerer.FillAsync("#reply-body", "เริ่มจากให้นักเรียนสำรวจชุมชนรอบโรงเรียน แล้วบันทึกลงแพลตฟอร์มครับ");
        await answerer.ClickAsync("#reply-submit");
        await answerer.ExpectAddressAsync("#post-");
        await Assertions.Expect(answerer.Locator(".forum-post")).ToHaveCountAsync(2);

        // ... the asker accepts the answer, which then shows right after the question ...
        await asker.ReloadAsync();
        await asker.Locator(".accept-button").First.ClickAsync();
        await Assertions.Expect(asker.Locator("#accepted-badge")).ToBeVisibleAsync();
        await Assertions.Expect(asker.Locator(".forum-post").Nth(1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("accepted-answer"));
        await asker.AssertAccessibleAsync();

        // ... and the subscriber finds both the new topic and the reply in their notifications; the answerer hears it was accepted.
        await subscriber.GotoAsync("/me/notifications");
        await Assertions.Expect(subscriber.Locator("#notifications")).ToContainTextAsync($"หัวข้อใหม่ที่คุณติดตาม: \"{title}\"");
        await Assertions.Expect(subscriber.Locator("#notifications")).ToContainTextAsync($"มีคำตอบใหม่ใน \"{title}\"");
        await answerer.GotoAsync("/me/notifications");
        await Assertions.Expect(answerer.Locator("#notifications")).ToContainTextAsync($"คำตอบของคุณได้รับการยอมรับใน \"{title}\"");
    }
}
