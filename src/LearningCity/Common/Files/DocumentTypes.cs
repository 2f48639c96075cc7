using System.IO.Compression;
using System.Text;

namespace LearningCity.Common.Files;

/// <summary>The document types people may upload, recognised by their bytes.</summary>
internal static class DocumentTypes
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? ContentTypeOf(string extension) => ContentTypes.GetValueOrDefault(extension);

    public static string? ExtensionOf(MemoryStream content, string claimedExtension)
    {
        var bytes = content.GetBuffer().AsSpan(0, (int)content.Length);
        if (bytes.StartsWith("%PDF-"u8)) return ".pdf";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ".png";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ".jpg";
        if (bytes.StartsWith("PK\x03\x04"u8)) return OfficeExtension(content);
        if (bytes.Contains((byte)0)) return null;
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return claimedExtension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ".csv" : ".txt";
    }

    /// <summary>An Office Open XML package has [Content_Types].xml and its main part in word/, xl/ or ppt/.</summary>
    private static string? OfficeExtension(MemoryStream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("[Content_Types].xml") is null) return null;
            if (zip.GetEntry("word/document.xml") is not null) return ".docx";
            if (zip.GetEntry("xl/workbook.xml") is not null) return ".xlsx";
            if (zip.GetEntry("ppt/presentation.xml") is not null) return ".pptx";
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
