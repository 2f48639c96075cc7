using LearningCity.Modules.Search.Lists;
using LearningCity.Modules.Search.Public;
using LearningCity.Modules.Search.Querying;
using static LearningCity.Tests.Search.SearchTestIndex;

namespace LearningCity.Tests.Search;

/// <summary>How the search reads what Thai people type: each rule with the cases it must find and the ones it must not.</summary>
public sealed class ThaiTypingTests
{
    private static async Task<SearchResults> SearchAsync(SearchTestIndex index, string text, int pageSize = 100) =>
        await index.Service.SearchAsync(new SearchQuery { Text = text, PageSize = pageSize });

    [Fact]
    public async Task Thai_words_typed_together_find_what_the_same_words_typed_apart_find_side_by_side_first()
    {
        using var index = new SearchTestIndex(
            Doc("together", "ห้องสมุดขอนแก่น", body: "บริการยืมหนังสือ"),
            Doc("apart", "ห้องสมุดเด็กและครอบครัว", body: "ตั้งอยู่กลางเมืองขอนแก่น"),
            Doc("only-city", "ตลาดนัดขอนแก่น"),
            Doc("only-library", "ห้องสมุดประชาชนเชียงราย"));

        var typedTogether = await index.IdsAsync("ห้องสมุดขอนแก่น");
        Assert.Equal(["together", "apart"], typedTogether);
        Assert.Equal(typedTogether.Order(), (await index.IdsAsync("ห้องสมุด ขอนแก่น")).Order());
        Assert.Equal(["apart"], await index.IdsAsync("ครอบครัวขอนแก่น"));
    }

    [Fact]
    public async Task A_compound_the_word_breaker_splits_stays_one_word_when_the_index_has_it_side_by_side()
    {
        using var index = new SearchTestIndex(
            Doc("elderly-1", "โรงเรียนผู้สูงอายุ"),
            Doc("elderly-2", "ชมรมผู้สูงอายุ"),
            Doc("elderly-3", "ผู้สูงอายุออกกำลังกาย"),
            Doc("tall", "ต้นไม้สูงที่สุด", body: "อายุหนึ่งร้อยปี ผู้ดูแลคือชุมชน"));

        // ผู้ + สูง + อายุ is one word (every item with สูง as part of it has them side by side): the tree is not an elderly item.
        Assert.Equal(["elderly-1", "elderly-2", "elderly-3"], (await index.IdsAsync("ผู้สูงอายุ")).Order());
    }

    [Fact]
    public async Task When_no_item_has_every_word_the_items_with_most_of_them_are_shown_and_said_so()
    {
        using var index = new SearchTestIndex(
            Doc("weaving", "ทอผ้าไหมพื้นบ้าน"),
            Doc("cooking", "ทำอาหารพื้นบ้าน"),
            Doc("music", "ดนตรีไทย"));

        var all = await SearchAsync(index, "ทอผ้า พื้นบ้าน");
        Assert.False(all.Relaxed);
        Assert.Equal(["weaving"], all.Hits.Select(h => h.Id));

        var most = await SearchAsync(index, "ทอผ้า อาหาร พื้นบ้าน");
        Assert.True(most.Relaxed);
        Assert.Equal(["cooking", "weaving"], most.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Either_spelling_of_a_loanword_finds_both()
    {
        using var index = new SearchTestIndex(
            Doc("t", "สอนใช้สมาร์ทโฟนสำหรับผู้สูงอายุ"),
            Doc("d", "อบรมสมาร์ตโฟนเบื้องต้น"),
            Doc("mail", "สมัครอีเมล์ฟรี"),
            Doc("other", "โทรศัพท์บ้าน"));

        Assert.Equal(["d", "t"], (await index.IdsAsync("สมาร์ตโฟน")).Order());
        Assert.Equal(["d", "t"], (await index.IdsAsync("สมาร์ทโฟน")).Order());
        Assert.Equal(["mail"], await index.IdsAsync("อีเมล"));
        var hit = (await SearchAsync(index, "สมาร์ตโฟน")).Hits.Single(h => h.Id == "t");
        Assert.Contains("<mark>สมาร์ทโฟน</mark>", hit.TitleHtml);
    }

    [Fact]
    public async Task A_leading_or_trailing_part_of_a_Thai_word_finds_it_below_whole_word_matches()
    {
        using var index = new SearchTestIndex(
            Doc("cassava", "แปลงสาธิตมันสำปะหลัง"),
            Doc("festival", "งานประเพณีแห่เทียนพรรษา"),
            Doc("dance", "ชมรมรำวงมาตรฐาน"));

        Assert.Equal(["festival"], await index.IdsAsync("ประเพณี"));
        Assert.Equal(["festival"], await index.IdsAsync("เทียนพรรษา"));
        // พรรษา is the end of a word here, and มาตร the start of มาตรฐาน.
        Assert.Equal(["festival"], await index.IdsAsync("พรรษา"));
        Assert.Equal(["dance"], await index.IdsAsync("มาตร"));
        Assert.Empty(await index.IdsAsync("ฐา")); // two letters are not a part
    }

    [Fact]
    public async Task A_word_found_in_many_items_never_brings_a_longer_word_that_only_starts_with_it_into_the_first_page()
    {
        var docs = Enumerable.Range(1, 25).Select(i => Doc("fish-" + i, "ฟาร์มเลี้ยงปลาน้ำจืดแห่งที่ " + i))
            .Append(Doc("destination", "ปลายทางของการเดินทาง")).ToArray();
        using var index = new SearchTestIndex(docs);

        var page = await SearchAsync(index, "ปลา", pageSize: 20);
        Assert.All(page.Hits, h => Assert.StartsWith("fish-", h.Id));
        Assert.Equal(25, page.Total);

        using var few = new SearchTestIndex(Doc("fish", "ปลาทูนึ่ง"), Doc("canal", "ปลาช่อนในคลอง"), Doc("destination", "ปลายทางของการเดินทาง"));
        Assert.Equal("destination", (await few.IdsAsync("ปลา"))[^1]);
    }

    [Fact]
    public async Task A_one_letter_slip_in_Thai_finds_the_word_and_suggests_it()
    {
        using var index = new SearchTestIndex(
            Doc("school", "โรงเรียนผู้สูงอายุบ้านหนองบัว"),
            Doc("school-2", "โรงเรียนชุมชนวัดป่า"),
            Doc("factory", "โรงงานแปรรูปข้าว"));

        var slip = await SearchAsync(index, "โรงเรีน");
        Assert.Equal(["school", "school-2"], slip.Hits.Select(h => h.Id).Order());
        Assert.Equal("โรงเรียน", slip.DidYouMean);

        var together = await SearchAsync(index, "โรงเรีนผู้สูงอายุ");
        Assert.Equal(["school"], together.Hits.Select(h => h.Id));
        Assert.Equal("โรงเรียนผู้สูงอายุ", together.DidYouMean);

        var right = await SearchAsync(index, "โรงเรียน");
        Assert.Null(right.DidYouMean);
        Assert.DoesNotContain("factory", right.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Latin_slips_are_forgiven_within_one_letter_for_four_and_two_for_eight_but_not_for_short_words()
    {
        using var index = new SearchTestIndex(
            Doc("lib", "ห้องสมุดเทศบาล", titleEn: "Municipal library"),
            Doc("photo", "ถ่ายภาพ", titleEn: "Photography club"),
            Doc("art", "ศิลปะ", titleEn: "Art classes"));

        var one = await SearchAsync(index, "libary");
        Assert.Equal(["lib"], one.Hits.Select(h => h.Id));
        Assert.Equal("library", one.DidYouMean);
        Assert.Equal(["photo"], await index.IdsAsync("phootograpy")); // two slips in a long word
        Assert.Empty(await index.IdsAsync("arx")); // three letters: no slip allowed
    }

    [Fact]
    public async Task Abbreviations_find_the_full_form_but_the_plain_word_does_not()
    {
        using var index = new SearchTestIndex(
            Doc("city", "เทศบาลนครขอนแก่น"),
            Doc("tao", "องค์การบริหารส่วนตำบลบ้านเป็ด"),
            Doc("endure", "อดทนต่อความยากลำบาก"));

        Assert.Equal(["city"], await index.IdsAsync("ทน."));
        Assert.Equal(["city"], await index.IdsAsync("ทน.ขอนแก่น"));
        Assert.Equal(["tao"], await index.IdsAsync("อบต.บ้านเป็ด"));
        Assert.DoesNotContain("city", await index.IdsAsync("ทน"));
    }

    [Fact]
    public async Task Synonyms_of_the_platforms_own_words_find_each_other_in_both_languages()
    {
        using var index = new SearchTestIndex(
            Doc("early", "ส่งเสริมพัฒนาการเด็กปฐมวัย"),
            Doc("small", "นิทานสำหรับเด็กเล็ก"),
            Doc("en", "ชมรมสุขภาพ", titleEn: "Club for the elderly"),
            Doc("old", "กิจกรรมผู้สูงอายุ"),
            Doc("teen", "ค่ายวัยรุ่น"));

        Assert.Equal(["early", "small"], (await index.IdsAsync("เด็กเล็ก")).Order());
        Assert.Equal(["early", "small"], (await index.IdsAsync("ปฐมวัย")).Order());
        Assert.Equal(["en", "old"], (await index.IdsAsync("ผู้สูงวัย")).Order());
        Assert.Equal(["en", "old"], (await index.IdsAsync("elderly")).Order());
    }

    [Fact]
    public async Task A_rule_an_admin_adds_applies_to_the_next_query_without_a_rebuild()
    {
        var rules = SearchSynonyms.BuiltIn.With(SynonymSet.Parse("กาดมั่ว, ตลาดกลางคืน").Rules);
        using var night = new SearchTestIndex(Doc("night", "ตลาดกลางคืนริมน้ำ"), Doc("day", "ตลาดเช้า"));
        var withRule = new SearchService(night.Index, new FacetLabels([], new LearningCity.Common.Localization.JsonStringLocalizer()), null!,
            TimeProvider.System, new QueryReading(rules, []));

        Assert.Empty(await night.IdsAsync("กาดมั่ว"));
        Assert.Equal(["night"], (await withRule.SearchAsync(new SearchQuery { Text = "กาดมั่ว" })).Hits.Select(h => h.Id));
        Assert.Equal(["night"], (await withRule.SearchAsync(new SearchQuery { Text = "กาดมั่วริมน้ำ" })).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task A_province_typed_in_English_or_by_its_short_form_finds_its_Thai_content_and_offers_its_facet()
    {
        var ubon = new Dictionary<string, IReadOnlyList<string>> { ["province"] = ["TH-34"] };
        using var index = new SearchTestIndex(
            Doc("named", "ศูนย์การเรียนรู้ริมแม่น้ำมูล", body: "จังหวัดอุบลราชธานี"),
            Doc("tagged", "ห้องสมุดชุมชนวารินชำราบ", facets: ubon),
            Doc("korat", "ตลาดโคราช", body: "นครราชสีมา"),
            Doc("elsewhere", "ห้องสมุดเชียงใหม่"));

        var english = await SearchAsync(index, "Ubon Ratchathani");
        Assert.Equal(["named", "tagged"], english.Hits.Select(h => h.Id).Order());
        Assert.Equal("TH-34", Assert.Single(english.Places).Value);
        Assert.Equal(["named", "tagged"], (await index.IdsAsync("อุบล")).Order());
        Assert.Equal(["tagged"], await index.IdsAsync("ห้องสมุด Ubon"));
        Assert.Equal(["korat"], await index.IdsAsync("Korat"));
        Assert.Empty((await SearchAsync(index, "ห้องสมุด")).Places);
    }

    [Fact]
    public async Task A_district_name_finds_its_other_spelling_and_offers_its_province()
    {
        using var index = new SearchTestIndex(Doc("hy", "ตลาดกิมหยงหาดใหญ่"), Doc("sk", "สงขลา"));
        var r = await SearchAsync(index, "Hat Yai");
        Assert.Equal(["hy"], r.Hits.Select(h => h.Id));
        Assert.Equal("TH-90", Assert.Single(r.Places).Value);
    }

    [Fact]
    public async Task Thai_and_Arabic_digits_are_the_same_to_the_search()
    {
        using var index = new SearchTestIndex(Doc("y", "แผนพัฒนาปี 2567"), Doc("t", "รายงานประจำปี ๒๕๖๘"));
        Assert.Equal(["y"], await index.IdsAsync("๒๕๖๗"));
        Assert.Equal(["t"], await index.IdsAsync("2568"));
    }

    [Fact]
    public async Task The_typeahead_reads_abbreviations_variants_places_and_slips_too()
    {
        using var index = new SearchTestIndex(
            Doc("cm", "เทศบาลนครเชียงใหม่", titleEn: "Chiang Mai City Municipality"),
            Doc("phone", "สอนใช้สมาร์ทโฟน"),
            Doc("ubon", "ห้องสมุดอุบลราชธานี"),
            Doc("school", "โรงเรียนผู้สูงอายุ"));

        async Task<List<string>> Suggest(string prefix) => (await index.Service.SuggestAsync(prefix)).Select(s => s.Url).ToList();
        Assert.Equal(["/resource/cm"], await Suggest("ทน."));
        Assert.Equal(["/resource/phone"], await Suggest("สมาร์ตโฟ"));
        Assert.Equal(["/resource/ubon"], await Suggest("Ubon Ratchathani"));
        Assert.Equal(["/resource/school"], await Suggest("โรงเรีน"));
    }
}
