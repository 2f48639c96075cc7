using ICU4N.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// Splits text into words with ICU's dictionary-based word break for Thai (which also handles Latin,
/// digits and mixed text). Spaces, punctuation and symbols such as emoji are not words and are skipped.
/// Thai digits become ASCII digits so that ๒๕๖๗ finds 2567.
/// </summary>
internal sealed class ThaiWordTokenizer : Tokenizer
{
    /// <summary>Longer input is cut: a document field or a query never needs more for search.</summary>
    public const int MaxChars = 200_000;
    private const int WordStatusMin = 100; // ICU rule status: 0..99 "none" (spaces, punctuation), 100+ numbers and letters

    private static readonly BreakIterator Prototype = BreakIterator.GetWordInstance(new UCultureInfo("th"));
    private readonly BreakIterator _words = (BreakIterator)Prototype.Clone();
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly char[] _buffer = new char[4096];
    private readonly System.Text.StringBuilder _read = new();
    private string _text = "";
    private int _start;

    public ThaiWordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        var text = _read.Clear();
        int read;
        while (text.Length < MaxChars && (read = m_input.Read(_buffer, 0, _buffer.Length)) > 0) text.Append(_buffer, 0, read);
        _text = text.Length > MaxChars ? text.ToString(0, MaxChars) : text.ToString();
        text.Clear();
        if (text.Capacity > 4 * _buffer.Length) text.Capacity = 4 * _buffer.Length; // one long text does not keep its memory
        _words.SetText(_text);
        _start = _words.First();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        for (var end = _words.Next(); end != BreakIterator.Done; end = _words.Next())
        {
            var start = _start;
            _start = end;
            if (_words.RuleStatus < WordStatusMin) continue;
            _term.SetEmpty();
            for (var i = start; i < end; i++)
            {
                var c = _text[i];
                _term.Append(c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c);
            }
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        _text = "";
        base.Dispose(disposing);
    }
}
