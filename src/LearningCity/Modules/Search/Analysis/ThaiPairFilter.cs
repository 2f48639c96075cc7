using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// At indexing, after each Thai token that follows another Thai token, also emits the pair as one term
/// ("ห้อง" "สมุด" → "ห้อง|สมุด", at the second token's position). A Thai word typed as one piece usually breaks into
/// several common tokens; with the pairs, <see cref="Querying.TextQuery"/> looks it up as one or a few rare terms
/// instead of checking the positions of common tokens in every doc that has them all.
/// </summary>
internal sealed class ThaiPairFilter : TokenFilter
{
    public const char Separator = '|';
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _previous;
    private string? _pair;
    private State? _state;

    public ThaiPairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public static bool IsThai(ReadOnlySpan<char> token)
    {
        foreach (var c in token) if (c is >= '\u0E00' and <= '\u0E7F') return true;
        return false;
    }

    public static string Pair(string first, string second) => first + Separator + second;

    public override bool IncrementToken()
    {
        if (_pair is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pair);
            _position.PositionIncrement = 0;
            _pair = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var current = _term.ToString();
        if (!IsThai(current))
        {
            _previous = null;
            return true;
        }
        if (_previous is not null && _position.PositionIncrement == 1)
        {
            _pair = Pair(_previous, current);
            _state = CaptureState();
        }
        _previous = current;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _previous = _pair = null;
        _state = null;
    }
}
