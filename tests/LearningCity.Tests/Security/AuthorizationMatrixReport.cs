using System.Text;

namespace LearningCity.Tests.Security;

/// <summary>Every difference between the answers and the table, all at once; and for an unclassified endpoint what each persona met.</summary>
internal static class MatrixReport
{
    public static string Of(IReadOnlyList<MatrixEndpoint> endpoints, IReadOnlyCollection<MatrixAnswer> answers, IReadOnlyDictionary<string, string> unfilled)
    {
        var byEndpoint = answers.GroupBy(a => a.Endpoint.Key).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Persona).ToList());
        var differences = new List<string>();
        var unclassified = new List<string>();
        foreach (var endpoint in endpoints.Where(e => !unfilled.ContainsKey(e.Key)))
        {
            var met = byEndpoint[endpoint.Key];
            if (!MatrixTable.Rows.TryGetValue(endpoint.Key, out var rule))
            {
                unclassified.Add($"  [\"{endpoint.Key}\"] = {Suggest(met)},  // met: {string.Join(' ', met.Select(a => $"{a.Persona}={Letter(a.Outcome)}{a.Status}"))}");
                continue;
            }
            differences.AddRange(met.Where(a => a.Outcome != rule.For(a.Persona))
                .Select(a => $"  {endpoint.Key} [{rule.Name}] {a.Persona}: expected {rule.For(a.Persona)}, got {a.Got} ({a.Url})"));
        }
        var text = new StringBuilder();
        if (differences.Count > 0) text.AppendLine($"{differences.Count} answers differ from {nameof(MatrixTable)}:").AppendJoin('\n', differences).AppendLine();
        if (unclassified.Count > 0)
            text.AppendLine($"{unclassified.Count} endpoints are not in {nameof(MatrixTable)} (what each persona met, A allowed, D denied, H hidden, E server error):")
                .AppendJoin('\n', unclassified).AppendLine();
        if (unfilled.Count > 0)
            text.AppendLine($"{unfilled.Count} endpoints could not be called: give {nameof(MatrixRoutes)} a fixture value for the parameter named.")
                .AppendJoin('\n', unfilled.Select(u => $"  {u.Key}: {{{u.Value}}}"));
        return text.ToString();
    }

    private static string Letter(Expect? outcome) => outcome switch
    {
        Expect.Allowed => "A",
        Expect.Denied => "D",
        Expect.Hidden => "H",
        _ => "E",
    };

    /// <summary>The named rule that matches what every persona met, if one does.</summary>
    private static string Suggest(IReadOnlyList<MatrixAnswer> met) =>
        MatrixRules.All.FirstOrDefault(r => met.All(a => a.Outcome == r.For(a.Persona)))?.Name ?? "?";
}
