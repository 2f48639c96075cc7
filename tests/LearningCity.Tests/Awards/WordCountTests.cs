using LearningCity.Modules.Awards;

namespace LearningCity.Tests.Awards;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("The city opened three libraries.", 5)]
    [InlineData("Learning, for all -- ages!", 4)]
    [InlineData("ห้องสมุด", 2)] // ห้อง + สมุด
    [InlineData("เมืองแห่งการเรียนรู้", 5)] // เมือง แห่ง การ เรียน รู้
    [InlineData("เราเปิดห้องสมุดใหม่ 3 แห่ง", 7)]
    public void Words_are_counted_the_way_the_Thai_word_breaker_sees_them(string text, int expected) => Assert.Equal(expected, WordCount.Of(text));

    [Fact]
    public void Thai_text_without_spaces_counts_many_words_not_one()
    {
        const string thai = "เทศบาลจัดกิจกรรมการเรียนรู้ตลอดชีวิตให้ผู้สูงอายุในชุมชนทุกเดือน";
        Assert.Single(thai.Split(' '));
        Assert.InRange(WordCount.Of(thai), 10, 20);
    }
}
