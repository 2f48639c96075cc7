using CsvHelper;

namespace LearningCity.Common.Import;

/// <summary>Reads a CSV file with a header row (any column order; unknown columns are ignored).</summary>
public static class CsvTable
{
    /// <summary>Reads at most maxRows + 1 data rows, so the caller can tell that a file is too long.</summary>
    public static Table Read(Stream stream, IReadOnlyCollection<string> columns, int maxRows)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 1024 * 1024,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var rows = new List<TableRow>();
        IReadOnlyList<string> header = [];
        while (csv.Read() && rows.Count <= maxRows)
        {
            if (header.Count == 0) header = Normalize(csv.Headers);
            var values = new Dictionary<string, string?>();
            for (var i = 0; i < header.Count && i < csv.FieldCount; i++)
                if (columns.Contains(header[i])) values[header[i]] = csv.GetString(i);
            if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
            // Spreadsheet numbering: the header is row 1.
            rows.Add(new TableRow((int)csv.RowNumber + 1, values));
        }
        if (header.Count == 0) header = Normalize(csv.Headers);
        return new Table(header, rows);
    }

    private static List<string> Normalize(IEnumerable<string> headers) =>
        headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
}
