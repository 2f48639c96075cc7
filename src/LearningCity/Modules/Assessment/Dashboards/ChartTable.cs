namespace LearningCity.Modules.Assessment.Dashboards;

/// <summary>
/// The data behind one chart, which is also its data table and its CSV/XLSX download. Columns are string keys
/// (localized when shown); the first column is the label, the others numbers.
/// </summary>
public sealed record ChartTable(string Key, string Kind, IReadOnlyList<string> Columns, IReadOnlyList<ChartRow> Rows);

public sealed record ChartRow(string Label, IReadOnlyList<double?> Values, string? Link = null);
