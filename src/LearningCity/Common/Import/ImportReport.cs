namespace LearningCity.Common.Import;

/// <summary>One row of a checked file: its spreadsheet row number and its errors per column (none when Ok).</summary>
public sealed record ImportRowReport(int Row, bool Ok, Dictionary<string, string[]> Errors);

public sealed record ImportReport(IReadOnlyList<ImportRowReport> Rows, int Imported, bool DryRun)
{
    public bool Valid => Rows.Count > 0 && Rows.All(r => r.Ok);
}

/// <summary>Collects error messages per column while a row is checked.</summary>
public sealed class RowErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string column, string message)
    {
        if (!_errors.TryGetValue(column, out var list)) _errors[column] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    public bool Has(string column) => _errors.ContainsKey(column);

    public int Count => _errors.Count;

    public ImportRowReport Report(int row) => new(row, _errors.Count == 0, _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
