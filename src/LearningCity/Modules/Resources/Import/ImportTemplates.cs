using System.Text;
using LearningCity.Common.Import;

namespace LearningCity.Modules.Resources.Import;

/// <summary>The downloadable templates of each kind: the header and one example row, as CSV (UTF-8 with BOM) and XLSX.</summary>
public static class ImportTemplates
{
    public static byte[] Csv(ImportKind kind)
    {
        var columns = kind.Columns();
        var text = string.Join(",", columns.All) + "\r\n" + string.Join(",", columns.Example.Select(Quote)) + "\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    public static byte[] Xlsx(ImportKind kind)
    {
        var columns = kind.Columns();
        return XlsxWriter.Write(kind.Slug(), columns.All, [columns.Example]);
    }

    public static string FileName(ImportKind kind, string extension) => $"learning-city-{kind.Slug()}-import.{extension}";

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
