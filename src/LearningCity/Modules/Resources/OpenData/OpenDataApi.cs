using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LearningCity.Common.Data;

namespace LearningCity.Modules.Resources.OpenData;

/// <summary>
/// GET /open-data/{set}.csv and .json: the whole data set, streamed row by row from the database (never all in memory).
/// CSV is UTF-8 with a byte-order mark (so spreadsheet programs read Thai) and a licence column; JSON is
/// {licence, licenceUrl, generatedAt, items: [...]}, each item with its own licence.
/// </summary>
internal static class OpenDataApi
{
    public static void MapOpenData(this WebApplication app)
    {
        var group = app.MapGroup("/open-data").WithTags("Open data").AllowAnonymous();
        group.MapGet("/{set}.csv", Csv).WithName("OpenDataCsv")
            .WithSummary("A data set (resources, spaces, funding or cities) as CSV: published items only, bilingual columns, a licence per row.")
            .Produces(200, contentType: "text/csv").Produces(404);
        group.MapGet("/{set}.json", Json).WithName("OpenDataJson")
            .WithSummary("A data set (resources, spaces, funding or cities) as JSON: {licence, licenceUrl, generatedAt, items}.")
            .Produces(200, contentType: "application/json").Produces(404);
    }

    private static IResult Csv(string set, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (OpenDataSets.Find(set) is not { } data) return TypedResults.NotFound();
        return TypedResults.Stream(async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
            await writer.WriteAsync(CsvLine(data.Columns));
            var count = 0;
            await foreach (var row in data.Rows(db, ct).WithCancellation(ct))
            {
                await writer.WriteAsync(CsvLine(row.Select(CsvText)));
                if (++count % 500 == 0) await writer.FlushAsync(ct);
            }
            await writer.FlushAsync(ct);
        }, "text/csv; charset=utf-8", $"learning-city-{set}-{time.GetUtcNow():yyyyMMdd}.csv");
    }

    private static IResult Json(string set, AppDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (OpenDataSets.Find(set) is not { } data) return TypedResults.NotFound();
        return TypedResults.Stream(async stream =>
        {
            // The writer fills a buffer (JsonSerializer flushes synchronously); the buffer goes to the response asynchronously.
            var buffer = new ArrayBufferWriter<byte>(32 * 1024);
            await using var json = new Utf8JsonWriter(buffer);
            json.WriteStartObject();
            json.WriteString("licence", OpenDataSets.PlatformLicence);
            json.WriteString("licenceUrl", OpenDataSets.PlatformLicenceUrl);
            json.WriteString("generatedAt", time.GetUtcNow().UtcDateTime);
            json.WriteString("dataset", data.Name);
            json.WriteStartArray("items");
            await foreach (var row in data.Rows(db, ct).WithCancellation(ct))
            {
                json.WriteStartObject();
                for (var i = 0; i < data.Columns.Count; i++)
                {
                    json.WritePropertyName(data.Columns[i]);
                    JsonSerializer.Serialize(json, row[i], row[i]?.GetType() ?? typeof(object));
                }
                json.WriteEndObject();
                if (json.BytesPending + buffer.WrittenCount > 16 * 1024) await SendAsync(json, buffer, stream, ct);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await SendAsync(json, buffer, stream, ct);
        }, "application/json; charset=utf-8");
    }

    private static async Task SendAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream stream, CancellationToken ct)
    {
        json.Flush();
        await stream.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private static string? CsvText(object? value) => value switch
    {
        null => null,
        string[] list => Defuse(string.Join('|', list)),
        string s => Defuse(s),
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A text starting with =, +, - or @ would run as a formula in a spreadsheet.</summary>
    private static string Defuse(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted.</summary>
    private static string CsvLine(IEnumerable<string?> fields) =>
        string.Join(',', fields.Select(f => f is null ? "" : f.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\r\n";
}
