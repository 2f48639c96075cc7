using System.Reflection;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Cities.Geography;

/// <summary>
/// The provinces as the search recognises them in a query: the Thai and English names of <see cref="ThailandGeography"/>,
/// with จังหวัด / จ. before the Thai one, and the short forms, other spellings and well-known districts of
/// <c>place-names.txt</c>.
/// </summary>
internal sealed class SearchPlaceNames : ISearchPlaces
{
    private static readonly Lazy<IReadOnlyList<SearchPlace>> All = new(() => Build(Read()));

    public IReadOnlyList<SearchPlace> Places => All.Value;

    public static IReadOnlyList<SearchPlace> Build(string list)
    {
        var provinces = ThailandGeography.Provinces.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var extra = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var districts = new List<SearchPlace>();
        var notAlone = new HashSet<string>(StringComparer.Ordinal);
        var section = "";
        foreach (var raw in list.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[') { section = line.Trim('[', ']'); continue; }
            if (section == "not alone") { foreach (var name in Names(line)) notAlone.Add(name); continue; }
            var colon = line.IndexOf(':');
            if (colon <= 0 || !provinces.ContainsKey(line[..colon].Trim())) continue;
            var code = line[..colon].Trim();
            var names = Names(line[(colon + 1)..]);
            if (section == "districts" && names.Count > 0)
                districts.Add(new SearchPlace("province", code, names[0], names.FirstOrDefault(n => n.All(char.IsAscii)) ?? names[0], names, WholeArea: false));
            else if (section == "provinces") (extra.TryGetValue(code, out var l) ? l : extra[code] = []).AddRange(names);
        }
        var places = ThailandGeography.Provinces.Select(p =>
        {
            var names = new List<string> { "จังหวัด" + p.Th, "จ." + p.Th, "จ. " + p.Th, p.En };
            if (!notAlone.Contains(p.Th)) names.Add(p.Th);
            names.AddRange(extra.GetValueOrDefault(p.Code) ?? []);
            return new SearchPlace("province", p.Code, p.Th, p.En, names.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), WholeArea: true);
        }).ToList();
        places.AddRange(districts);
        return places;
    }

    private static List<string> Names(string text) =>
        text.Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("cities/place-names.txt")
            ?? throw new InvalidOperationException("cities/place-names.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
