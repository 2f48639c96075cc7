using System.Globalization;
using System.Text;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;

namespace LearningCity.Modules.Assessment.Dashboards;

/// <summary>A chart's table as CSV or XLSX, with the same numbers the page shows.</summary>
internal static class ChartDownload
{
    public static string Column(string key, JsonStringLocalizer l) => key.StartsWith('=') ? key[1..] : l[key].Value;

    public static IResult File(ChartTable chart, string? format, string name, JsonStringLocalizer l)
    {
        var header = chart.Columns.Select(c => Column(c, l)).ToList();
        var rows = chart.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Values.Select(v => v?.ToString(CultureInfo.InvariantCulture))]).ToList();
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
            return TypedResults.File(XlsxWriter.Write(chart.Key, header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx");
        var csv = new StringBuilder();
        CsvWriter.Row(csv, header);
        foreach (var row in rows) CsvWriter.Row(csv, row);
        return TypedResults.File(CsvWriter.Bytes(csv), "text/csv; charset=utf-8", $"{name}.csv");
    }
}
