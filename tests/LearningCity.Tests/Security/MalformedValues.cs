using System.Text;

namespace LearningCity.Tests.Security;

/// <summary>The bad values the fuzzer sends: as URL text for path and query parameters, as raw JSON for body properties.</summary>
public static class MalformedValues
{
    /// <summary>100,000 characters of Thai, Latin and emoji.</summary>
    public static readonly string Long = string.Concat(Enumerable.Repeat("ทดสอบ Test 😀 ", 10_000))[..100_000];

    public const string Mixed = "😀👩‍👩‍👧 ทดสอบภาษาไทย Test 漢字 العربية \u202Eevil\u202C";

    /// <summary>Fragments of the inputs that a message may quote back; they are not the message's own language.</summary>
    public static readonly string[] Echoes = ["ทดสอบภาษาไทย", "ทดสอบ", "😀", "漢字", "العربية"];

    /// <summary>Text for a path or query parameter. A path never carries a NUL: the server refuses it before the application.</summary>
    public static IEnumerable<(string Label, string Value)> ForUrl(ApiSchema schema, bool inPath) => schema.Type switch
    {
        "integer" => [("negative", "-1"), ("zero", "0"), ("overflow", "2147483648"), ("huge", "99999999999999999999999"), ("text", "abc"),
            ("emoji", "😀"), ("fraction", "1.5"), ("long", Long)],
        "number" => [("text", "abc"), ("nan", "NaN"), ("infinite", "1e400"), ("negative-infinite", "-1e400"), ("emoji", "😀")],
        "boolean" => [("text", "maybe"), ("number", "2"), ("long", Long)],
        _ when schema.Format == "uuid" => [("text", "not-a-guid"), ("emoji", "😀"), ("long", Long)],
        _ when schema.Format == "date" => [("month-13", "2024-13-45"), ("text", "not-a-date"), ("year-99999", "99999-01-01")],
        _ => [("long", Long), ("mixed", Mixed), ("traversal", "../../etc/passwd"), ("quote", "' OR 1=1 --"), ("empty", ""), .. inPath ? [] : new[] { ("nul", "a\0b") }],
    };

    /// <summary>Raw JSON values that are wrong for the schema.</summary>
    public static IEnumerable<(string Label, string Json)> ForJson(ApiSchema schema)
    {
        yield return ("null", "null");
        yield return ("long-string", Quote(Long));
        yield return ("deep", Nested(200));
        switch (schema.Type)
        {
            case "integer" or "number":
                yield return ("text", "\"abc\"");
                yield return ("overflow", "1e400");
                yield return ("huge", "99999999999999999999999999");
                yield return ("below-int", "-2147483649");
                yield return ("negative", "-1");
                yield return ("fraction", "1.5");
                break;
            case "boolean":
                yield return ("text", "\"maybe\"");
                yield return ("number", "2");
                break;
            case "array":
                yield return ("object", "{\"a\":1}");
                yield return ("wrong-items", "[{\"a\":[]}, \"x\", 1e400]");
                break;
            case "object":
                yield return ("array", "[1,2]");
                yield return ("text", "\"x\"");
                break;
            default:
                yield return ("number", "12345");
                yield return ("object", "{\"a\":1}");
                yield return ("mixed", Quote(Mixed));
                yield return ("nul", "\"a\\u0000b\"");
                yield return ("lone-surrogate", "\"\\ud800x\"");
                break;
        }
    }

    public static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// <summary>A plausible value, so that one wrong property is the only thing wrong with a body.</summary>
    public static void WritePlausible(StringBuilder json, ApiSchema schema, int depth = 0)
    {
        switch (schema.Type)
        {
            case "integer": json.Append(schema.Enum.Count > 0 ? schema.Enum[0] : "1"); break;
            case "number": json.Append("1.5"); break;
            case "boolean": json.Append("true"); break;
            case "array": json.Append("[]"); break;
            case "object" when depth < 3:
                json.Append('{');
                var first = true;
                foreach (var (name, property) in schema.Properties)
                {
                    if (!first) json.Append(',');
                    first = false;
                    json.Append(Quote(name)).Append(':');
                    WritePlausible(json, property, depth + 1);
                }
                json.Append('}');
                break;
            case "object": json.Append("{}"); break;
            case "any": json.Append("null"); break;
            default:
                json.Append(Quote(schema.Enum.Count > 0 ? schema.Enum[0] : schema.Format switch
                {
                    "date" => "2025-01-01",
                    "date-time" => "2025-01-01T00:00:00Z",
                    "uuid" => "00000000-0000-0000-0000-000000000001",
                    "uri" => "https://example.org/",
                    "email" => "someone@example.org",
                    _ => "ทดสอบ test",
                }));
                break;
        }
    }
}
