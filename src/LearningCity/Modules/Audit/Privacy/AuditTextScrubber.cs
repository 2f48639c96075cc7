using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Modules.Identity.Public;

namespace LearningCity.Modules.Audit.Privacy;

/// <summary>
/// Takes a deleted person's id, e-mail and display name out of an audit entry's text. Before/after are JSON whose
/// strings are escaped (Thai as \uXXXX), so they are parsed and every string value is cleaned, then written back.
/// A display name shorter than <see cref="MinimumNameLength"/> is replaced only where it is a whole value: as part of
/// longer text it would match far too much.
/// </summary>
internal sealed class AuditTextScrubber
{
    private const int MinimumNameLength = 4;
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };
    private readonly string _id;
    private readonly string _email;
    private readonly string _name;

    public AuditTextScrubber(PersonalDataSubject subject)
    {
        (_id, _email, _name) = (subject.Id.ToString(), subject.Email.Trim(), subject.DisplayName.Trim());
        var raw = new[] { _id, _email, _name.Length >= MinimumNameLength ? _name : "" }.Where(s => s.Length > 0).ToList();
        // As stored: plain, and as the default JSON encoder escapes it.
        Needles = raw.Concat(raw.Select(s => JsonSerializer.Serialize(s)[1..^1])).Select(s => s.ToLowerInvariant()).Distinct().ToList();
    }

    /// <summary>Lower-cased texts whose presence marks an entry to clean (the database compares lower-cased text).</summary>
    public IReadOnlyList<string> Needles { get; }

    public string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        if (_name.Length > 0 && string.Equals(text.Trim(), _name, StringComparison.OrdinalIgnoreCase)) return DeletedAccount.Marker;
        var result = text.Replace(_id, DeletedAccount.Marker, StringComparison.OrdinalIgnoreCase);
        if (_email.Length > 0) result = result.Replace(_email, DeletedAccount.Marker, StringComparison.OrdinalIgnoreCase);
        if (_name.Length >= MinimumNameLength) result = result.Replace(_name, DeletedAccount.Marker, StringComparison.OrdinalIgnoreCase);
        return result;
    }

    public string? Json(string? json)
    {
        if (string.IsNullOrEmpty(json)) return json;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return Text(json); // an entry written by hand or by an older version
        }
        return node is null ? json : Clean(node).ToJsonString(Compact);
    }

    private JsonNode Clean(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                    if (value is not null) o[key] = Clean(value.DeepClone());
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is { } item) a[i] = Clean(item.DeepClone());
                return a;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return JsonValue.Create(Text(s))!;
            default:
                return node;
        }
    }
}
