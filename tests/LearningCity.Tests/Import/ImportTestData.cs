using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LearningCity.Tests.Import;

/// <summary>Import files for tests: CSV text and XLSX workbooks built with OpenXML (shared strings, numbers, dates).</summary>
internal static class ImportTestData
{
    public const string SpaceHeader = "name_th,name_en,type,province_code,latitude,longitude,opening_hours,accessibility,is_free,contact_email";
    public const string ResourceHeader = "title_th,title_en,summary_th,type,topics,audiences,language,licence,link_url,published_on";
    public const string FundingHeader = "funder_th,programme_th,description_th,amount_min_baht,amount_max_baht,eligible,local_government_types,opens_on,closes_on,link_url";

    public static string SpaceRow(string name, string latitude = "18.79", string type = "PublicLibrary", string hours = "Mon-Fri 08:30-16:30; Sat 09:00-12:00") =>
        $"{name},{name} EN,{type},TH-50,{latitude},98.98,{hours},StepFreeAccess|อักษรเบรลล์,true,space@example.org";

    public static string ResourceRow(string title, string type = "Toolkit", string date = "2025-01-15") =>
        $"{title},{title} EN,สรุป,{type},digital-skills|health,ผู้สูงอายุ (60 ปีขึ้นไป)|Educators,th,CC-BY-4.0,https://example.org/r,{date}";

    public static string FundingRow(string programme, string min = "50000", string max = "300000") =>
        $"กองทุนทดสอบ,{programme},รายละเอียด,{min},{max},LocalGovernments|กลุ่มชุมชน,SubdistrictMunicipality,2025-01-01,2025-12-31,https://example.org/f";

    public static byte[] Csv(string header, params string[] rows) => Encoding.UTF8.GetBytes(header + "\r\n" + string.Join("\r\n", rows) + "\r\n");

    public static MultipartFormDataContent File(byte[] content, string name = "import.csv", string type = "text/csv")
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        form.Add(part, "file", name);
        return form;
    }

    /// <summary>An XLSX whose text cells are shared strings; cells given as double are numbers, DateOnly as date-formatted serials.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sharedPart = workbook.AddNewPart<SharedStringTablePart>();
            var shared = new List<string>();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var all = new List<object?[]> { header.Cast<object?>().ToArray() };
            all.AddRange(rows);
            for (var r = 0; r < all.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < all[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}"; // test files have fewer than 26 columns
                    switch (all[r][c])
                    {
                        case null: break;
                        case double d:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d) });
                            break;
                        case DateOnly day:
                            row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(day.ToDateTime(TimeOnly.MinValue).ToOADate()) });
                            break;
                        default:
                            var text = all[r][c]!.ToString()!;
                            var index = shared.IndexOf(text);
                            if (index < 0) { shared.Add(text); index = shared.Count - 1; }
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) });
                            break;
                    }
                }
                data.Append(row);
            }
            sharedPart.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s))));
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static MultipartFormDataContent XlsxFile(byte[] content) =>
        File(content, "import.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}
