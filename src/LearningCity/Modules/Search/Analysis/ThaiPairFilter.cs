using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// At indexing, after each Thai token that follows another Thai token, also emits the pair as one term
/// ("ห้อง" "สมุด" → "ห้อง|สมุด", at the second token's position). A Thai word typed as one piece usually breaks into
/// several common tokens; with the pairs, <see cref="Querying.TextQuery"/> looks it up as one or a few rare terms
/// instead of checking the positions of common tokens in every doc that has them all.
/// </summary>
/// <remarks>
/// The last filter of the index writer's chain, whose consumer only reads the attributes: the pair goes out with
/// the second token's offsets still in place, so no attribute state is captured per token, and the tokens are kept
/// in reused buffers rather than strings.
/// </remarks>
internal sealed class ThaiPairFilter : TokenFilter
{
    public const char Separator = '|';
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _previous = new char[32];
    private int _previousLength = -1; // -1: the previous token was not Thai
    private char[] _pair = new char[64];
    private int _pairLength = -1; // -1: no pair waiting

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

    public override bool IncrementToken()
    {
        if (_pairLength >= 0)
        {
            _term.CopyBuffer(_pair, 0, _pairLength);
            _position.PositionIncrement = 0;
            _pairLength = -1;
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
        if (_previous.Length < current.Length) _previous = new char[current.Length * 2];
        current.CopyTo(_previous);
        _previousLength = current.Length;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = _pairLength = -1;
    }
}
