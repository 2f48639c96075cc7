using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Public;
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
    public void The_index_writer_adds_the_pair_of_each_two_adjacent_Thai_tokens_at_the_second_ones_place_and_long_Thai_words_reversed()
    {
        const string text = "ห้องสมุด Library ชุมชนริมน้ำ";
        Assert.Equal(
            [("ห้อง", 1, 0, 4), ("~งอ้ห", 0, 0, 4), ("สมุด", 1, 4, 8), ("ห้อง|สมุด", 0, 4, 8), ("~ดุมส", 0, 4, 8), ("librari", 1, 9, 16),
             ("ชุมชน", 1, 17, 22), ("~นชมุช", 0, 17, 22), ("ริม", 1, 22, 25), ("ชุมชน|ริม", 0, 22, 25), ("น้ำ", 1, 25, 28), ("ริม|น้ำ", 0, 25, 28)],
            Tokens(SearchAnalyzer.Indexing, text));
        Assert.Equal(Tokens(SearchAnalyzer.Indexing, text), Tokens(SearchAnalyzer.Indexing, text)); // a reused stream starts afresh
    }

    [Fact]
    public void Lower_case_is_the_same_as_Lucenes_for_every_script()
    {
        const string text = "ÀÉÎ ΣΑΣ İSTANBUL Straße 𐐀𐐁 ห้องสมุด ABCxyz ǅ ДОМ Ⅻ";
        var expected = new Lucene.Net.Analysis.Core.LowerCaseFilter(SearchAnalyzer.Version,
            new Lucene.Net.Analysis.Core.KeywordTokenizer(new StringReader(text)));
        var term = expected.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        expected.Reset();
        Assert.True(expected.IncrementToken());
        var actual = text.ToCharArray();
        InvariantLowerCaseFilter.Lower(actual);
        Assert.Equal(term.ToString(), new string(actual));
        Assert.NotEqual(text, new string(actual));
    }

    private static List<(string, int, int, int)> Tokens(SearchAnalyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var position = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    [Fact]
    public async Task A_Thai_word_finds_itself_inside_unspaced_text_but_not_inside_a_longer_word()
    {
        using var index = new SearchTestIndex(
            Doc("fish", "การแปรรูปปลาน้ำจืด"),
            Doc("destination", "ปลายทางของการเดินทาง"),
            Doc("table", "ตารางเวลาเรียน"),
            Doc("eyes", "ตรวจตาฟรีสำหรับผู้สูงอายุ"));

        // Few items have ปลา as a word, so words that start with it are found too, always after them.
        Assert.Equal(["fish", "destination"], await index.IdsAsync("ปลา"));
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
        // Two words typed together: both required, standing together ranked first.
        Assert.Equal(["community-library", "apart"], await index.IdsAsync("ห้องสมุดชุมชน"));
        Assert.Equal(["public-library"], await index.IdsAsync("ห้องสมุดประชาชน"));
    }

    [Fact]
    public async Task A_Thai_word_of_three_tokens_needs_its_pairs_one_after_another_in_one_field()
    {
        using var index = new SearchTestIndex(
            Doc("in-order", "ห้องสมุดชุมชนบ้านหนองแวง"),
            Doc("scattered", "ห้องสมุดประชาชนและสมุดชุมชน"),
            Doc("split", "ห้องสมุดประชาชน", body: "สมุดชุมชนของหมู่บ้านหนองแวง"),
            Doc("in-body", "ตลาดริมน้ำ", body: "มีห้องสมุดชุมชนอยู่ใกล้ตลาด"));

        // Both pairs of the word are in the scattered and split docs, but not one after the other in one field.
        Assert.Equal(["in-body", "in-order", "scattered", "split"], (await index.IdsAsync("ห้องสมุด")).Order());
        Assert.Equal(["in-body", "in-order", "scattered", "split"], (await index.IdsAsync("สมุดชุมชน")).Order());
        // The words of ห้องสมุดชุมชน are in all four; where they stand together, one after the other in one field, ranks first.
        var together = await index.IdsAsync("ห้องสมุดชุมชน");
        Assert.Equal(["in-body", "in-order"], together.Take(2).Order());
        Assert.Equal(["scattered", "split"], together.Skip(2).Order());
        Assert.Equal("in-order", (await index.IdsAsync("ห้องสมุดชุมชน หนองแวง"))[0]);
        Assert.Equal("in-order", (await index.IdsAsync("หนองแวง ห้องสมุดชุมชน"))[0]);

        var results = await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุดชุมชน" });
        Assert.Equal(4, results.Total);
        Assert.Equal(4, results.Facets["type"].Single().Count);
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
        // No item has both: the one with most of the words, said so.
        var most = await index.Service.SearchAsync(new SearchQuery { Text = "ห้องสมุด market" });
        Assert.True(most.Relaxed);
        Assert.Equal(["lib", "other"], most.Hits.Select(h => h.Id).Order());
    }
}
