using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace LearningCity.Modules.Search.Analysis;

/// <summary>
/// Lower case as <see cref="char.ToLowerInvariant"/> (whole code points, surrogate pairs included), the same result
/// as Lucene's <c>LowerCaseFilter</c> without its culture call per token: ASCII is changed in place and Thai, which
/// has no case, is passed over, so the text of most tokens never leaves this loop.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        Lower(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    public static void Lower(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z') text[i] = (char)(c | 0x20);
            }
            else if (ThaiPairFilter.IsThai(c)) { } // Thai: no case
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var lower = Rune.ToLowerInvariant(new Rune(c, text[i + 1]));
                if (lower.Utf16SequenceLength == 2) lower.EncodeToUtf16(text.Slice(i, 2)); // a letter beyond the BMP stays there
                i++;
            }
            else text[i] = char.ToLowerInvariant(c);
        }
    }
}
