using System.Text;

namespace LearningCity.Tests.Architecture;

/// <summary>
/// A module uses another module only through its Public contracts (ADR 0013, docs/architecture.md). Reads the
/// compiled assembly's IL; needs no database and no running app.
/// </summary>
// It checks the compiled assembly, no database, so it runs on one database (test.sh).
[Trait("Database", "Sqlite")]
public sealed class ModuleBoundaryTests
{
    private static readonly Lazy<IReadOnlyList<BoundaryCrossing>> AppCrossings = new(() =>
    {
        var assembly = typeof(Program).Assembly;
        return new ModuleMap(assembly).Crossings(TypeUses.Read(assembly.Location)).ToList();
    });

    [Fact]
    public void Modules_use_each_other_only_through_Public_contracts_or_a_listed_allowance()
    {
        var allowed = Allowances().Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var violations = AppCrossings.Value.Where(c => !allowed.Contains(c.Key)).ToList();
        Assert.True(violations.Count == 0, Describe(violations));
    }

    [Fact]
    public void Every_allowance_is_still_needed()
    {
        var used = AppCrossings.Value.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Allowances().Where(a => !used.Contains(a.Key)).Select(a => a.Line).ToList();
        Assert.True(stale.Count == 0,
            "These allowances are no longer needed; delete them from ModuleBoundaryAllowances.cs so the list keeps shrinking:\n  "
            + string.Join("\n  ", stale));
    }

    [Fact]
    public void Allowances_are_unique_give_a_reason_and_name_a_real_type_of_another_module()
    {
        var assembly = typeof(Program).Assembly;
        var problems = new List<string>();
        var all = Allowances().ToList();
        problems.AddRange(all.GroupBy(a => a.Key).Where(g => g.Count() > 1).Select(g => $"listed twice: {g.Key}"));
        foreach (var a in all)
        {
            var usedModule = a.UsedType.Split('.')[0];
            if (a.Reason.Length < 15)
                problems.Add($"no real reason: {a.Line}");
            if (assembly.GetType(ModuleMap.AppModules + a.UsedType) is null)
                problems.Add($"no such type LearningCity.Modules.{a.UsedType}: {a.Line}");
            if (!Directory.Exists(ModuleFolder(a.UsingModule)) || !Directory.Exists(ModuleFolder(usedModule)) || usedModule == a.UsingModule)
                problems.Add($"not two different modules: {a.Line}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_check_sees_every_kind_of_use_and_lets_contracts_through()
    {
        const string samples = "LearningCity.Tests.Architecture.Samples.";
        var assembly = typeof(ModuleBoundaryTests).Assembly;
        var crossings = new ModuleMap(assembly, samples).Crossings(TypeUses.Read(assembly.Location)).ToList();
        var users = crossings.Select(c => c.UsingType[(samples + "Alpha.Feature.").Length..]).ToHashSet();
        Assert.Equal(
            ["ChecksWithIs", "CreatesWithNew", "HoldsAGenericArgument", "NamesInAnAttribute", "NamesWithTypeof",
             "ReadsInALambda", "ReadsInAnAsyncMethod", "ReadsThroughAnotherTypesProperty"],
            users.Order(StringComparer.Ordinal));
        Assert.All(crossings, c => Assert.Equal("Alpha → Beta.Data.BetaRow", c.Key));
        Assert.Contains(crossings, c => c.UsingType.EndsWith(".ReadsInAnAsyncMethod", StringComparison.Ordinal) && c.Member == "Later");
    }

    [Fact]
    public void Razor_views_count_for_the_module_whose_folder_holds_them()
    {
        var assembly = typeof(Program).Assembly;
        var map = new ModuleMap(assembly);
        var views = assembly.GetCustomAttributes(typeof(Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemAttribute), false)
            .Cast<Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemAttribute>().ToList();
        Assert.NotEmpty(views);
        var awardsViews = views.Where(v => v.Identifier.StartsWith("/Modules/Awards/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(awardsViews);
        Assert.All(awardsViews, v => Assert.Equal("Awards", map.ModuleOf(v.Type.FullName!)));
        Assert.Contains(AppCrossings.Value, c => c.UsingModule == "Shared" && c.UsingType.Contains("Modules_Shared_Index", StringComparison.Ordinal));
    }

    private static string Describe(IReadOnlyList<BoundaryCrossing> violations)
    {
        var text = new StringBuilder("A module uses another module's internal types (not in its Public namespace). Use the other module's "
            + "Public contracts (add one there if none fits) or refer to its rows by id; see docs/architecture.md, Module boundaries.\n");
        foreach (var g in violations.GroupBy(v => v.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("\n").Append(g.Key).Append('\n');
            foreach (var v in g.Select(v => v.ToString()).Distinct().Order(StringComparer.Ordinal).Take(10))
                text.Append("  ").Append(v).Append('\n');
        }
        return text.ToString();
    }

    private static IEnumerable<Allowance> Allowances() => ModuleBoundaryAllowances.Lines.Select(Allowance.Parse);

    private static string ModuleFolder(string module) =>
        Path.Combine(Platform.LocalizationTests.SourceRoot(), "Modules", module);

    private sealed record Allowance(string Line, string UsingModule, string UsedType, string Reason)
    {
        public string Key => $"{UsingModule} → {UsedType}";

        public static Allowance Parse(string line)
        {
            var arrow = line.IndexOf(" → ", StringComparison.Ordinal);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            Assert.True(arrow > 0 && colon > arrow, $"An allowance reads \"UsingModule → Module.Namespace.Type: why\": {line}");
            return new Allowance(line, line[..arrow], line[(arrow + 3)..colon], line[(colon + 2)..].Trim());
        }
    }
}
