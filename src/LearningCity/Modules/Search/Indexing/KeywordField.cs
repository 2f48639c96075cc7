using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// A <see cref="StringField"/> (one untokenized term, not stored) whose token stream is one per thread, reused:
/// Lucene's own makes a new stream, and its attributes through a locked factory, for every value, and a document
/// has dozens of them (facets, title prefixes, opening slots). The writer reads a field's stream to its end before
/// it asks the next field for one, so one stream per thread is enough.
/// </summary>
internal sealed class KeywordField(string name, string value) : Field(name, value, StringField.TYPE_NOT_STORED)
{
    [ThreadStatic] private static OneTerm? t_stream;

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var stream = t_stream ??= new OneTerm();
        stream.Value = GetStringValue();
        return stream;
    }

    private sealed class OneTerm : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _done;

        public OneTerm()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string Value { get; set; } = "";

        public override bool IncrementToken()
        {
            if (_done) return false;
            ClearAttributes();
            _term.SetEmpty().Append(Value);
            _offset.SetOffset(0, Value.Length);
            _done = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(Value.Length, Value.Length);
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }
}
