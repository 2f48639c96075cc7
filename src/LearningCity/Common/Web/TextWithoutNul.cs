using System.Text.Json;
using System.Text.Json.Serialization;

namespace LearningCity.Common.Web;

/// <summary>
/// JSON text in API requests may not contain U+0000: PostgreSQL cannot store or compare it, so it used to end in a server error.
/// The refusal names the field (BadRequestProblems).
/// </summary>
internal sealed class TextWithoutNul : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // Dictionary keys are text too (a custom string converter must read and write them itself).
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? text) =>
        text is not null && text.Contains('\0') ? throw new JsonException(null, new NulCharacterException()) : text;

    internal sealed class NulCharacterException() : FormatException("The text contains U+0000.");
}
