using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// At indexing, after each Thai token that follows another Thai token, also emits the pair as one term
/// ("ห้อง" "สมุด" → "ห้อง|สมุด", at the second token's position). A Thai word typed as one piece usually breaks into
/// several common tokens; with the pairs, <see cref="Querying.TextQuery"/> looks it up as one or a few rare terms
/// instead of checking the positions of common tokens in every doc that has them all.
/// Each Thai token of at least <see cref="MinReversedChars"/> characters is also emitted reversed behind
/// <see cref="Reversed"/> ("นครราชสีมา" → "~ามีสชารรคน"), so that the trailing part of a word (ราชสีมา) is found by a
/// prefix walk of the terms (<see cref="Querying.WordParts"/>); a leading part is a prefix of the word itself.
/// </summary>
/// <remarks>
/// The last filter of the index writer's chain, whose consumer only reads the attributes: the pair goes out with
/// the second token's offsets still in place, so no attribute state is captured per token, and the tokens are kept
/// in reused buffers rather than strings.
/// </remarks>
internal sealed class ThaiPairFilter : TokenFilter
{
    public const char Separator = '|';
    public const char Reversed = '~';
    public const int MinReversedChars = 4;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _previous = new char[32];
    private int _previousLength = -1; // -1: the previous token was not Thai
    private char[] _pair = new char[64];
    private int _pairLength = -1; // -1: no pair waiting
    private char[] _reversed = new char[32];
    private int _reversedLength = -1; // -1: no reversed word waiting

    public ThaiPairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public static bool IsThai(ReadOnlySpan<char> token)
    {
        foreach (var c in token) if (IsThai(c)) return true;
        return false;
    }

    /// <summary>A character of the Thai block (letters, vowel and tone marks, digits).</summary>
    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    public static string Pair(string first, string second) => first + Separator + second;

    /// <summary>A word as its reversed term is indexed (and a trailing part as the start of one).</summary>
    public static string Reverse(string word)
    {
        var chars = new char[word.Length + 1];
        chars[0] = Reversed;
        for (var i = 0; i < word.Length; i++) chars[word.Length - i] = word[i];
        return new string(chars);
    }

    /// <summary>A term the filter added (a pair or a reversed word), not a word of the text.</summary>
    public static bool IsAdded(string term) => term.Length > 0 && (term[0] == Reversed || term.Contains(Separator, StringComparison.Ordinal));

    public override bool IncrementToken()
    {
        if (_pairLength >= 0)
        {
            _term.CopyBuffer(_pair, 0, _pairLength);
            _position.PositionIncrement = 0;
            _pairLength = -1;
            return true;
        }
        if (_reversedLength >= 0)
        {
            _term.CopyBuffer(_reversed, 0, _reversedLength);
            _position.PositionIncrement = 0;
            _reversedLength = -1;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var current = _term.Buffer.AsSpan(0, _term.Length);
        if (!IsThai(current))
        {
            _previousLength = -1;
            return true;
        }
        if (_previousLength >= 0 && _position.PositionIncrement == 1)
        {
            _pairLength = _previousLength + 1 + current.Length;
            if (_pair.Length < _pairLength) _pair = new char[_pairLength * 2];
            _previous.AsSpan(0, _previousLength).CopyTo(_pair);
            _pair[_previousLength] = Separator;
            current.CopyTo(_pair.AsSpan(_previousLength + 1));
        }
        if (current.Length >= MinReversedChars && current.IndexOf(Separator) < 0)
        {
            _reversedLength = current.Length + 1;
            if (_reversed.Length < _reversedLength) _reversed = new char[_reversedLength * 2];
            _reversed[0] = Reversed;
            for (var i = 0; i < current.Length; i++) _reversed[current.Length - i] = current[i];
        }
        if (_previous.Length < current.Length) _previous = new char[current.Length * 2];
        current.CopyTo(_previous);
        _previousLength = current.Length;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = _pairLength = _reversedLength = -1;
    }
}
