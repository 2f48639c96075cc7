namespace LearningCity.Modules.Assessment.Dashboards;

/// <summary>
/// The data behind one chart, which is also its data table and its CSV/XLSX download. Columns are string keys
/// (localized when shown); the first column is the label, the others numbers.
/// </summary>
/// <param name="Plotted">How many value columns the chart draws (0: all); the rest, such as counts, appear only in the table.</param>
public sealed record ChartTable(string Key, string Kind, IReadOnlyList<string> Columns, IReadOnlyList<ChartRow> Rows, int Plotted = 0);

public sealed record ChartRow(string Label, IReadOnlyList<double?> Values, string? Link = null);
