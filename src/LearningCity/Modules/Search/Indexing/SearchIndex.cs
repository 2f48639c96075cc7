using System.Globalization;
using LearningCity.Modules.Search.Analysis;
using LearningCity.Modules.Search.Querying;
using LearningCity.Modules.Search.Public;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// This node's Lucene index (a rebuildable copy of the database): one writer, and a searcher manager that
/// readers borrow from. The id of the last change-log row the index reflects is kept in the commit itself,
/// so after a restart the node continues exactly where the index left off.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    /// <summary>Bump when the fields or the analyzer change: an index of another schema is rebuilt at start.</summary>
    public const string Schema = "7";
    private const string WatermarkKey = "watermark";
    private const string SchemaKey = "schema";
    private const string CommittedAtKey = "committedAt";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    public SearchIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        Path = path;
        _directory = FSDirectory.Open(path);
        var config = new IndexWriterConfig(SearchAnalyzer.Version, SearchAnalyzer.Indexing)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        if (_writer.CommitData.Count == 0) _writer.Commit(); // a reader needs at least one commit
        _searchers = new SearcherManager(_writer, true, new Bm25SearcherFactory());
    }

    public string Path { get; }

    public static string PathFrom(IConfiguration config, IHostEnvironment env)
    {
        var path = config["Search:IndexPath"] ?? "data/index";
        return System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(env.ContentRootPath, path);
    }

    /// <summary>True when the index was never built, or built with another schema.</summary>
    public bool NeedsRebuild => !_writer.CommitData.TryGetValue(SchemaKey, out var schema) || schema != Schema;

    public long Watermark =>
        _writer.CommitData.TryGetValue(WatermarkKey, out var w) && long.TryParse(w, CultureInfo.InvariantCulture, out var id) ? id : 0;

    public DateTimeOffset? CommittedAt =>
        _writer.CommitData.TryGetValue(CommittedAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, out var t) ? t : null;

    public void Upsert(SearchDocument document) =>
        _writer.UpdateDocument(SearchFields.KeyTerm(document.Type, document.Id), SearchFields.ToLucene(document));

    /// <summary>
    /// Adds a document without first deleting its key: only for a rebuild, right after <see cref="DeleteAll"/>, where
    /// every key comes once. A delete-by-key per document would make each flush look every key up in every segment.
    /// </summary>
    public void Add(SearchDocument document) => _writer.AddDocument(SearchFields.ToLucene(document));

    /// <summary>
    /// A larger in-memory buffer while a rebuild adds every document (fewer, larger segments to merge). 64 MB is as fast as
    /// 128 at 10⁶ items and keeps the rebuilding process well under 1 GiB (about 750 MiB against 1,080–1,190), but leaves more
    /// segments (17 against 13), which a serving node pays for in memory: <see cref="CompactAfterRebuild"/> evens that out.
    /// </summary>
    public void UseRebuildBuffer(bool rebuilding) =>
        _writer.Config.RAMBufferSizeMB = rebuilding ? RebuildRamBufferMB : IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB;

    private const double RebuildRamBufferMB = 64;

    /// <summary>
    /// At most this many segments after a rebuild. Each segment has its own terms index, norms and warmed bit sets, and a
    /// search visits every one: at 10⁶ items merging 17 segments into 8 took about 20 s of a 4-minute rebuild, and the node
    /// serving the index peaked at 921 MiB instead of 992.
    /// </summary>
    public const int SegmentsAfterRebuild = 8;

    /// <summary>Merges the index down to <see cref="SegmentsAfterRebuild"/> segments (nothing to do for a small one), before the commit.</summary>
    public void CompactAfterRebuild() => _writer.ForceMerge(SegmentsAfterRebuild, doWait: true);

    /// <summary>How many segments the index has as this node's readers see it.</summary>
    public int Segments => Read(searcher => searcher.IndexReader.Leaves.Count);

    public void Delete(string type, string id) => _writer.DeleteDocuments(SearchFields.KeyTerm(type, id));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes the changes durable together with the change-log position they reach, then shows them to readers.</summary>
    public void Commit(long watermark, DateTimeOffset now)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [WatermarkKey] = watermark.ToString(CultureInfo.InvariantCulture),
            [SchemaKey] = Schema,
            [CommittedAtKey] = now.ToString("O", CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    /// <summary>BM25, and every new segment warmed (<see cref="SegmentBits.Warm"/>) before a search can see it.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) SegmentBits.Warm(leaf.AtomicReader, SearchFields.FacetKeys);
            return new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}
