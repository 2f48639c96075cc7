using System.Globalization;
using LearningCity.Common.Localization;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Platform;

/// <summary>Content typed in the other language than the page's is marked with its <c>lang</c> (WCAG 3.1.2, language of parts).</summary>
// It checks markup, not data, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class LanguageOfPartsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("ห้องสมุดประชาชน", "th")]
    [InlineData("Community library", "en")]
    [InlineData("ประภาพร ศรีสุข, วิชัย ทองดี, Jane Doe", "th")]
    [InlineData("Open Learning Lab ห้อง 2", "en")]
    [InlineData("2024 – 15", null)]
    public void A_text_is_in_the_language_most_of_its_letters_are_written_in(string text, string? language) =>
        Assert.Equal(language, TextLanguageTagHelper.LanguageOf(text));

    [Fact]
    public void Examples_in_the_other_language_are_marked_and_the_text_is_encoded()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            Assert.Equal("Abbreviations such as <span lang=\"th\">ทน.</span> &amp; Ubon Ratchathani",
                MarkedText.Format("Abbreviations such as {0} & {1}", "ทน.", "Ubon Ratchathani").ToString());
            CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
            Assert.Equal("คำย่อ ทน. หรือ <span lang=\"en\">&lt;Ubon&gt;</span>", MarkedText.Format("คำย่อ {0} หรือ {1}", "ทน.", "<Ubon>").ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task A_Thai_only_resource_on_the_English_page_is_marked_Thai_and_on_the_Thai_page_is_not_marked()
    {
        var client = factory.CreateBrowserlessClient(followRedirects: true);
        var thai = await client.GetPageAsync("/resources/1");
        Assert.False(thai.QuerySelector("#resource-body")!.HasAttribute("lang"));
        Assert.False(thai.QuerySelector("#resource-title")!.HasAttribute("lang"));

        await client.GetAsync("/culture/en");
        var english = await client.GetPageAsync("/resources/1");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("th", english.QuerySelector("#resource-body")!.GetAttribute("lang"));
        Assert.False(english.QuerySelector("#resource-body")!.HasAttribute("text-lang"));
    }
}
