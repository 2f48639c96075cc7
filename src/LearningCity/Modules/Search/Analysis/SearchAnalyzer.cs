using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// The one analyzer of the index, used for documents and queries alike: spelling variants folded
/// (<see cref="SpellingVariants"/>), ICU words, lower case, and the Porter stemmer for Latin words only (Thai has no
/// inflection to strip).
/// </summary>
internal sealed class SearchAnalyzer(bool stem, bool pairs = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Queries and highlighting.</summary>
    public static SearchAnalyzer Stemmed { get; } = new(stem: true);
    public static SearchAnalyzer Exact { get; } = new(stem: false);
    /// <summary>
    /// The index writer's: as <see cref="Stemmed"/>, plus the pairs of adjacent Thai tokens and each long Thai word reversed
    /// (<see cref="ThaiPairFilter"/>).
    /// </summary>
    public static SearchAnalyzer Indexing { get; } = new(stem: true, pairs: true);

    protected override TextReader InitReader(string fieldName, TextReader reader) => SpellingVariants.Reader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ThaiWordTokenizer(reader);
        TokenStream stream = new InvariantLowerCaseFilter(tokenizer);
        if (stem) stream = new PorterStemFilter(new NonLatinKeywordFilter(stream));
        if (pairs) stream = new ThaiPairFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Where each word of a text starts.</summary>
    public List<int> WordStarts(string text)
    {
        var starts = new List<int>();
        using var stream = GetTokenStream("q", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) starts.Add(offset.StartOffset);
        stream.End();
        return starts;
    }

    /// <summary>The terms of a piece of text, in order.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}

/// <summary>Marks every token that is not plain Latin letters as a keyword, so the English stemmer leaves it alone.</summary>
internal sealed class NonLatinKeywordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public NonLatinKeywordFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var latin = _term.Length > 0;
        for (var i = 0; i < _term.Length && latin; i++) latin = char.IsAsciiLetter(_term.Buffer[i]);
        if (!latin) _keyword.IsKeyword = true;
        return true;
    }
}
