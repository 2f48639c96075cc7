using System.Text;

namespace LearningCity.Common.Import;

/// <summary>
/// An uploaded table: an XLSX workbook (recognised by its zip signature, whatever its name says) or a UTF-8 CSV.
/// </summary>
public static class TableFile
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static bool IsXlsx(ReadOnlySpan<byte> content) => content.StartsWith(ZipSignature);

    /// <summary>The table of the file; TableFileException when it is neither readable CSV nor XLSX.</summary>
    public static Table Read(byte[] content, IReadOnlyCollection<string> columns, int maxRows)
    {
        if (IsXlsx(content)) return XlsxTable.Read(content, columns, maxRows);
        try
        {
            // Strict decoding: a file in TIS-620, UTF-16 or binary is refused instead of read as mojibake.
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            if (text.Contains('\0')) throw new TableFileException(TableProblem.NotUtf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new TableFileException(TableProblem.NotUtf8, 1, e);
        }
        using var stream = new MemoryStream(content, writable: false);
        try
        {
            return CsvTable.Read(stream, columns, maxRows);
        }
        catch (CsvHelper.CsvFormatException e)
        {
            throw new TableFileException(TableProblem.MalformedCsv, Math.Max(1, e.RecordNumber), e);
        }
    }
}
