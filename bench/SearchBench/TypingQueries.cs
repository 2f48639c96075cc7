using LearningCity.Modules.Search.Public;

namespace SearchBench;

/// <summary>
/// About 60 queries as people type them, beside the 200 of <see cref="BenchQueries"/> (which stay as they were, so
/// their numbers compare with earlier runs): Thai words typed together, one-letter slips, the start or end of long words,
/// synonyms and abbreviations of the built-in list, provinces by English name and by Thai short form. A fixed seed
/// of its own, so the set is the same in every phase and every run.
/// </summary>
internal static class TypingQueries
{
    public static readonly string[] Kinds = ["typed-together", "slip", "word-part", "synonym", "province-en", "province-short"];

    // Abbreviations whose full forms some synthetic items name (SyntheticItems.Organisers), and synonyms of vocabulary words.
    private static readonly string[] Synonyms =
        ["ทน.", "อบต.", "ทม.", "ศพด.", "รพ.สต.", "เด็กเล็ก", "ปฐมวัย", "elderly", "คนชรา", "หอสมุด", "คอม", "อบต. ขยะ"];

    // Content carries its province as a facet and its Thai name in the body; these names find both.
    private static readonly string[] ProvincesEn =
        ["Chiang Mai", "Ubon Ratchathani", "Khon Kaen", "Phuket", "Nakhon Si Thammarat", "Korat", "museum Chiang Mai", "library Ubon"];

    // The start or the end of a long word of the vocabulary, as typed before the word is finished (checked in Create).
    private static readonly string[] Leading = ["พิพิธ", "มหาวิทยา", "ประวัติ", "เทคโน", "คอมพิว"];
    private static readonly string[] Trailing = ["ภัณฑ์", "ประกอบการ", "ปั้นดินเผา", "ธิปไตย", "สำปะหลัง"];

    private static readonly string[] ProvincesShort = ["โคราช", "อุบล", "อุดร", "กทม.", "อยุธยา", "ห้องสมุดโคราช", "ตลาดอุบล", "โคราช ผู้สูงอายุ"];

    public static List<BenchQuery> Create(Vocabulary vocabulary)
    {
        var random = new Random(1206);
        var known = vocabulary.Thai.ToHashSet(StringComparer.Ordinal);
        var list = new List<BenchQuery>();
        string Word() => vocabulary.ThaiAt(BenchQueries.LogRank(random, vocabulary.ThaiCount));
        string Base() => Vocabulary.ThaiBase[random.Next(Vocabulary.ThaiBase.Length)];
        string Longer(int length) { while (true) { var w = Word(); if (w.Length >= length) return w; } }
        void Add(string kind, string text) => list.Add(new BenchQuery(kind, new SearchQuery { Text = text }, Typing: true));

        for (var i = 0; i < 12; i++) Add("typed-together", i < 8 ? Word() + Word() : Base() + Base() + Base());
        for (var i = 0; i < 12; i++) Add("slip", ThaiSlips.Slip(Longer(5), random, drop: i % 2 == 0, known));
        foreach (var part in Leading.Concat(Trailing))
        {
            if (known.Contains(part) || !known.Any(w => w.Length > part.Length && (w.StartsWith(part, StringComparison.Ordinal) || w.EndsWith(part, StringComparison.Ordinal))))
                throw new InvalidOperationException(part + " is not a part of a longer word of the vocabulary.");
            Add("word-part", part);
        }
        foreach (var text in Synonyms) Add("synonym", text);
        foreach (var text in ProvincesEn) Add("province-en", text);
        foreach (var text in ProvincesShort) Add("province-short", text);
        return list;
    }
}

/// <summary>One-letter slips of Thai words.</summary>
internal static class ThaiSlips
{
    public static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';

    /// <summary>The word with one consonant (not the first letter) left out or replaced by another; never a word of the vocabulary.</summary>
    public static string Slip(string word, Random random, bool drop, HashSet<string> known)
    {
        var at = Enumerable.Range(1, word.Length - 1).Where(i => IsConsonant(word[i])).ToList();
        for (var attempt = 0; attempt < 20 && at.Count > 0; attempt++)
        {
            var i = at[random.Next(at.Count)];
            string slipped;
            if (drop) slipped = word.Remove(i, 1);
            else
            {
                var other = (char)('\u0E01' + random.Next(0x2E));
                if (other == word[i] || other is '\u0E03' or '\u0E05') continue; // the same, or letters no longer written
                slipped = word[..i] + other + word[(i + 1)..];
            }
            if (!known.Contains(slipped)) return slipped;
        }
        return word[..^1];
    }
}
