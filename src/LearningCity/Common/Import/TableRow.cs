namespace LearningCity.Common.Import;

/// <summary>A data row of an uploaded table, numbered as a spreadsheet shows it (the header is row 1).</summary>
public sealed record TableRow(int Number, IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>The trimmed value of a column; null when the column is missing or blank.</summary>
    public string? this[string column] => Values.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>The header's columns (trimmed, lower case) and the non-blank rows of the known columns.</summary>
public sealed record Table(IReadOnlyList<string> Header, List<TableRow> Rows);

public enum TableProblem
{
    /// <summary>Neither valid UTF-8 text nor an XLSX workbook.</summary>
    NotUtf8,
    /// <summary>Text that a CSV reader cannot parse (e.g. an unclosed quote); Row says where.</summary>
    MalformedCsv,
    /// <summary>A zip that is not a readable XLSX workbook, or one without a worksheet.</summary>
    BadWorkbook,
}

/// <summary>A file that cannot be read as a table at all; the caller turns it into a localized message.</summary>
public sealed class TableFileException(TableProblem problem, long row = 1, Exception? inner = null)
    : Exception($"Unreadable table file: {problem} at row {row}", inner)
{
    public TableProblem Problem { get; } = problem;
    public long Row { get; } = row;
}
