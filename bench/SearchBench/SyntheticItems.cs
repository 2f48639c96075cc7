using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;

namespace SearchBench;

/// <summary>
/// Bilingual items like the platform's pillars publish them: a Thai title (English for about a third),
/// a Thai summary (English for some), a Thai body with some English mixed in, facets, a date, coordinates
/// inside Thailand for most, opening hours for spaces and an open period for funding calls. One item in
/// <see cref="OrganiserEvery"/> names a local body before its province, as real content does (เทศบาลนครเชียงใหม่).
/// The same count and seed always give the same items.
/// </summary>
internal sealed class SyntheticItems(Vocabulary vocabulary, int count, int seed = 7)
{
    public static readonly string[] Types = ["resource", "space", "activity", "course", "funding", "research"];
    public static readonly string[] Topics = ["agriculture", "arts", "culture", "digital", "environment", "health", "language", "science", "skills", "society"];
    public static readonly string[] Audiences = ["children", "youth", "adults", "elderly", "teachers", "families"];
    /// <summary>Full names that the typing queries' abbreviations and synonyms stand for (ทน., อบต., ศพด., เด็กเล็ก).</summary>
    public static readonly string[] Organisers =
        ["เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "ศูนย์พัฒนาเด็กเล็ก", "โรงพยาบาลส่งเสริมสุขภาพตำบล"];
    public const int OrganiserEvery = 100;
    private static readonly DateTime FirstDate = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int Count => count;
    public long TotalChars { get; private set; }

    public IEnumerable<SearchDocument> All()
    {
        var random = new Random(seed);
        var text = new StringBuilder(2048);
        for (var i = 0; i < count; i++)
        {
            var doc = Create(i, random, text);
            TotalChars += (doc.Title.Th?.Length ?? 0) + (doc.Title.En?.Length ?? 0) + (doc.Summary?.Th?.Length ?? 0) + (doc.Summary?.En?.Length ?? 0) + (doc.Body?.Length ?? 0);
            yield return doc;
        }
    }

    private SearchDocument Create(int i, Random random, StringBuilder text)
    {
        var type = Types[random.Next(Types.Length)];
        var province = ThailandGeography.Provinces[random.Next(ThailandGeography.Provinces.Length)];
        var english = random.NextDouble() < 0.35;
        var titleTh = Thai(random, text, random.Next(2, 6), englishShare: 0);
        var titleEn = english ? English(random, text, random.Next(2, 6)) : "";
        var summaryTh = Thai(random, text, random.Next(8, 21), englishShare: 0.03);
        var summaryEn = english && random.NextDouble() < 0.7 ? English(random, text, random.Next(8, 21)) : "";
        var body = Thai(random, text, random.Next(25, 71), englishShare: 0.1) + " " + Organiser(i) + province.Th;
        var languages = english ? new[] { "th", "en" } : ["th"];
        var hasPlace = type != "funding" && random.NextDouble() < 0.7;
        var date = FirstDate.AddMinutes(random.Next(0, 7 * 365 * 24 * 60));
        var id = i.ToString(CultureInfo.InvariantCulture);
        return new SearchDocument
        {
            Type = type,
            Id = id,
            Title = new BilingualText(titleTh, titleEn),
            Summary = new BilingualText(summaryTh, summaryEn),
            Body = body,
            Url = $"/{type}/{id}",
            Date = date,
            Facets = new Dictionary<string, IReadOnlyList<string>>
            {
                ["topic"] = random.NextDouble() < 0.3 ? [Topics[random.Next(Topics.Length)], Topics[random.Next(Topics.Length)]] : [Topics[random.Next(Topics.Length)]],
                ["audience"] = [Audiences[random.Next(Audiences.Length)]],
                ["province"] = [province.Code],
                ["region"] = [province.Region],
                ["language"] = languages,
                ["price"] = [random.NextDouble() < 0.6 ? "free" : "paid"],
            },
            Latitude = hasPlace ? 5.7 + random.NextDouble() * 14.6 : null,
            Longitude = hasPlace ? 97.4 + random.NextDouble() * 8.1 : null,
            OpeningSlots = type == "space" ? OpeningHours(random) : null,
            OpenFrom = type == "funding" ? DateOnly.FromDateTime(date) : null,
            OpenUntil = type == "funding" ? DateOnly.FromDateTime(date.AddDays(random.Next(14, 120))) : null,
        };
    }

    /// <summary>Chosen by the item's number, not drawn: the random draws, and so every other word of every item, stay as they were.</summary>
    private static string Organiser(int i) => i % OrganiserEvery == OrganiserEvery / 2 ? Organisers[i / OrganiserEvery % Organisers.Length] : "";

    /// <summary>Thai words run together in phrases of two to four, phrases separated by a space (as Thai is written).</summary>
    private string Thai(Random random, StringBuilder text, int words, double englishShare)
    {
        text.Clear();
        var inPhrase = 0;
        var phrase = random.Next(2, 5);
        for (var w = 0; w < words; w++)
        {
            if (random.NextDouble() < englishShare)
            {
                if (text.Length > 0) text.Append(' ');
                text.Append(vocabulary.NextEnglish(random)).Append(' ');
                inPhrase = 0;
                continue;
            }
            text.Append(vocabulary.NextThai(random));
            if (++inPhrase == phrase && w < words - 1)
            {
                text.Append(' ');
                inPhrase = 0;
                phrase = random.Next(2, 5);
            }
        }
        return text.ToString().Trim();
    }

    private string English(Random random, StringBuilder text, int words)
    {
        text.Clear();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(' ');
            var word = vocabulary.NextEnglish(random);
            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }
        return text.ToString();
    }

    private static List<int> OpeningHours(Random random)
    {
        var from = new TimeOnly(random.Next(7, 11), random.Next(2) * 30);
        var until = new TimeOnly(random.Next(15, 21), random.Next(2) * 30);
        var days = random.NextDouble() < 0.5 ? 5 : 7;
        var slots = new List<int>();
        for (var d = 0; d < days; d++) slots.AddRange(OpeningSlots.Range((DayOfWeek)((d + 1) % 7), from, until));
        return slots;
    }
}

/// <summary>The synthetic items as a search source, so the module's own rebuild indexes them.</summary>
internal sealed class SyntheticSource(SyntheticItems items) : ISearchSource
{
    public string Type => "bench";

    public Task<SearchDocument?> LoadAsync(AppDbContext db, string id, CancellationToken ct) => Task.FromResult<SearchDocument?>(null);

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync(AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var doc in items.All())
        {
            ct.ThrowIfCancellationRequested();
            yield return doc;
        }
        await Task.CompletedTask;
    }
}
