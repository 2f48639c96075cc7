using System.Globalization;

namespace SearchBench;

/// <summary>The results of all phases in one key=value file, so separate processes can add to it.</summary>
internal sealed class Results
{
    private readonly string _path;
    private readonly SortedDictionary<string, double> _values = new(StringComparer.Ordinal);

    public Results(string path)
    {
        _path = path;
        if (!File.Exists(path)) return;
        foreach (var line in File.ReadLines(path))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && double.TryParse(line[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) _values[line[..eq]] = v;
        }
    }

    public void Set(string key, double value) => _values[key] = value;

    public double? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public void SetPercentiles(string prefix, List<double> samples)
    {
        Set(prefix + ".p50", Stats.Percentile(samples, 50));
        Set(prefix + ".p95", Stats.Percentile(samples, 95));
        Set(prefix + ".p99", Stats.Percentile(samples, 99));
        Set(prefix + ".max", samples.Count == 0 ? 0 : samples.Max());
    }

    public void Save() =>
        File.WriteAllLines(_path, _values.Select(kv => kv.Key + "=" + kv.Value.ToString("R", CultureInfo.InvariantCulture)));
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(List<double> samples, double p)
    {
        if (samples.Count == 0) return 0;
        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
