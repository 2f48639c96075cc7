using System.Text.Json;

namespace LearningCity.Tests.Security;

/// <summary>Checks that a refusal is a ProblemDetails whose texts are in the language the caller asked for.</summary>
public static class ProblemAnswer
{
    public static bool HasThai(string text) => text.Any(c => c is >= '\u0E00' and <= '\u0E7F');

    /// <summary>Null when the answer is a well-formed problem in the language; otherwise what is wrong with it.</summary>
    public static async Task<string?> FaultAsync(HttpResponseMessage response, bool english)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{status} is {response.Content.Headers.ContentType?.MediaType ?? "empty"}, not a problem: {Cut(body)}";
        JsonElement problem;
        try { problem = JsonDocument.Parse(body).RootElement; }
        catch (JsonException) { return $"{status} problem is not JSON: {Cut(body)}"; }
        if (!problem.TryGetProperty("status", out var s) || s.ValueKind != JsonValueKind.Number || s.GetInt32() != status)
            return $"{status} problem has no matching status: {Cut(body)}";
        var texts = new List<string>();
        if (problem.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String) texts.Add(title.GetString()!);
        else return $"{status} problem has no title: {Cut(body)}";
        if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String) texts.Add(detail.GetString()!);
        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            foreach (var field in errors.EnumerateObject())
                texts.AddRange(field.Value.EnumerateArray().Select(e => e.ToString()));
        foreach (var text in texts)
        {
            var wrong = english ? HasThai(WithoutEchoes(text)) : !HasThai(text);
            if (wrong) return $"{status} text not in {(english ? "English" : "Thai")}: \"{Cut(text)}\"";
        }
        return null;
    }

    private static string WithoutEchoes(string text) =>
        MalformedValues.Echoes.Aggregate(text, (t, echo) => t.Replace(echo, "", StringComparison.Ordinal));

    public static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
