using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningCity.Common.Import;

/// <summary>
/// Reads the first worksheet of an XLSX workbook as a table: row 1 is the header. Shared and inline strings are
/// text; numbers are written invariantly; numbers with a date format become yyyy-MM-dd (with the time when it has one).
/// </summary>
public static class XlsxTable
{
    public static Table Read(byte[] content, IReadOnlyCollection<string> columns, int maxRows)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            return Read(document, columns, maxRows);
        }
        catch (Exception e) when (e is not TableFileException and (DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException
                                   or System.Xml.XmlException or FileFormatException or InvalidOperationException or ArgumentException or IOException))
        {
            throw new TableFileException(TableProblem.BadWorkbook, 1, e);
        }
    }

    private static Table Read(SpreadsheetDocument document, IReadOnlyCollection<string> columns, int maxRows)
    {
        var workbook = document.WorkbookPart ?? throw new TableFileException(TableProblem.BadWorkbook);
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new TableFileException(TableProblem.BadWorkbook);
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            throw new TableFileException(TableProblem.BadWorkbook);
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        var header = new List<string>();
        var rows = new List<TableRow>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            var cells = new Dictionary<int, string>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = index + 1;
                cells[index] = Text(cell, shared, dateStyles);
            }
            if (header.Count == 0)
            {
                if (cells.Count == 0) continue;
                var width = cells.Keys.Max() + 1;
                header = Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, "").Trim().ToLowerInvariant()).ToList();
                continue;
            }
            var values = new Dictionary<string, string?>();
            for (var i = 0; i < header.Count; i++)
                if (columns.Contains(header[i])) values[header[i]] = cells.GetValueOrDefault(i);
            if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new TableRow(number, values));
            if (rows.Count > maxRows) break;
        }
        return new Table(header, rows);
    }

    private static string Text(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (raw is null) return "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is > -657435 and < 2958466)
        {
            var date = DateTime.FromOADate(number);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        return ((decimal)number).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The cell formats whose number format shows a date: the built-in date formats and custom ones with d, m, y.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58
                || custom.TryGetValue(id, out var code) && LooksLikeDate(code))
                result.Add(index);
            index++;
        }
        return result;
    }

    private static bool LooksLikeDate(string code)
    {
        var plain = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
        return plain.IndexOfAny(['d', 'D', 'y', 'Y']) >= 0 || plain.Contains('m', StringComparison.OrdinalIgnoreCase) && !plain.Contains('0');
    }

    /// <summary>"C7" → 2 (zero-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(0, index - 1);
    }
}
