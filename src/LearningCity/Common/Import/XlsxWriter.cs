using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningCity.Common.Import;

/// <summary>A one-sheet XLSX workbook of text cells (inline strings): a header row and data rows.</summary>
public static class XlsxWriter
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, header));
            uint number = 2;
            foreach (var row in rows) data.Append(Row(number++, row));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint number, IReadOnlyList<string?> values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrEmpty(values[i])) continue;
            row.Append(new Cell
            {
                CellReference = Column(i) + number,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(values[i]!) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
