using System.Text;

namespace LearningCity.Common.Import;

/// <summary>CSV for download: RFC 4180 quoting, formula characters defused, and a byte-order mark so spreadsheets read Thai as UTF-8.</summary>
public static class CsvWriter
{
    public static void Row(StringBuilder csv, IEnumerable<string?> fields)
    {
        csv.AppendJoin(',', fields.Select(f =>
        {
            var v = f ?? "";
            if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@') v = "'" + v;
            return v.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
        }));
        csv.Append("\r\n");
    }

    public static byte[] Bytes(StringBuilder csv) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
}
