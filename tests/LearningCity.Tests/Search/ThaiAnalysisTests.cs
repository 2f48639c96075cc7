using LearningCity.Modules.Search.Analysis;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

public sealed class ThaiAnalysisTests
{
    [Fact]
    public void Thai_sentences_are_split_into_words_without_spaces_or_punctuation()
    {
        Assert.Equal(["การ", "แปรรูป", "ปลา", "น้ำ", "จืด"], SearchAnalyzer.Stemmed.Terms("การแปรรูปปลาน้ำจืด"));
        Assert.Equal(["ปลาย", "ทาง", "ของ", "การ", "เดิน", "ทาง"], SearchAnalyzer.Stemmed.Terms("ปลายทางของการเดินทาง!"));
        Assert.Equal(["เทศบาล", "นคร", "เชียงใหม่", "2567"], SearchAnalyzer.Stemmed.Terms("เทศบาลนครเชียงใหม่, ๒๕๖๗ 😀"));
    }

    [Fact]
    public void English_words_are_lower_cased_and_stemmed_but_Thai_words_are_not()
    {
        Assert.Equal(["librari", "ห้อง", "สมุด", "learn"], SearchAnalyzer.Stemmed.Terms("Libraries ห้องสมุด LEARNING"));
        Assert.Equal(["libraries", "learning"], SearchAnalyzer.Exact.Terms("Libraries LEARNING"));
    }

    [Fact]
    public async Task A_Thai_word_finds_itself_inside_unspaced_text_but_not_inside_a_longer_word()
    {
        using var index = new SearchTestIndex(
            Doc("fish", "การแปรรูปปลาน้ำจืด"),
            Doc("destination", "ปลายทางของการเดินทาง"),
            Doc("table", "ตารางเวลาเรียน"),
            Doc("eyes", "ตรวจตาฟรีสำหรับผู้สูงอายุ"));

        Assert.Equal(["fish"], await index.IdsAsync("ปลา"));
        Assert.Equal(["eyes"], await index.IdsAsync("ตา"));
        Assert.Equal(["table"], await index.IdsAsync("ตาราง"));
        Assert.Equal(["destination"], await index.IdsAsync("ปลายทาง"));
    }

    [Fact]
    public async Task A_Thai_word_of_several_tokens_matches_as_a_phrase()
    {
        using var index = new SearchTestIndex(
            Doc("public-library", "ห้องสมุดประชาชนเทศบาล"),
            Doc("community-library", "ห้องสมุดชุมชนบ้านหนองแวง"),
            Doc("apart", "ชุมชนริมน้ำ", body: "ชาวบ้านมีห้องประชุมและสมุดบันทึกของหมู่บ้าน ห้องสมุดอยู่ไกลจากชุมชน"));

        Assert.Equal(["apart", "community-library", "public-library"], (await index.IdsAsync("ห้องสมุด")).Order());
        Assert.Equal(["community-library"], await index.IdsAsync("ห้องสมุดชุมชน"));
        Assert.Equal(["public-library"], await index.IdsAsync("ห้องสมุดประชาชน"));
    }

    [Fact]
    public async Task English_queries_find_other_forms_of_the_word_and_mixed_text_works()
    {
        using var index = new SearchTestIndex(
            Doc("lib", "Community library of Khon Kaen", summary: "ห้องสมุดชุมชน"),
            Doc("learn", "Learning city festival"),
            Doc("other", "Riverside market"));

        Assert.Equal(["lib"], await index.IdsAsync("libraries"));
        Assert.Equal(["learn"], await index.IdsAsync("learned"));
        Assert.Equal(["lib"], await index.IdsAsync("library ชุมชน"));
        Assert.Equal(["lib"], await index.IdsAsync("COMMUNITY ห้องสมุด"));
        Assert.Empty(await index.IdsAsync("ห้องสมุด market"));
    }
}
