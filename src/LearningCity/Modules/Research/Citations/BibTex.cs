using System.Globalization;
using System.Text;
using LearningCity.Modules.Research.Catalogue;
using LearningCity.Modules.Research.Data;

namespace LearningCity.Modules.Research.Citations;

/// <summary>
/// BibTeX entries of research items. Thai text stays as UTF-8 (biber and modern BibTeX read it); only the characters
/// BibTeX or LaTeX give a meaning are escaped.
/// </summary>
public static class BibTex
{
    public const string ContentType = "application/x-bibtex; charset=utf-8";

    public static string Key(ResearchItem r) => $"tlc-research-{r.Id.ToString(CultureInfo.InvariantCulture)}";

    public static string EntryType(ResearchType type) => type switch
    {
        ResearchType.Paper => "article",
        ResearchType.Dataset => "misc",
        _ => "techreport",
    };

    public static string Entry(ResearchItem r, string siteUrl)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("title", Escape(r.Title.Th)),
            ("author", string.Join(" and ", r.Authors.Select(Author))),
            ("year", r.Year.ToString(CultureInfo.InvariantCulture)),
            ("type", r.Type is ResearchType.PolicyBrief or ResearchType.CaseStudy or ResearchType.Dataset ? Escape(TypeName(r.Type)) : null),
            ("abstract", string.IsNullOrEmpty(r.Abstract.Th) ? null : Escape(r.Abstract.Th)),
            ("keywords", r.Keywords.Count == 0 ? null : Escape(string.Join(", ", r.Keywords.OrderBy(k => k.Position).Select(k => k.Text)))),
            ("doi", r.Doi is null ? null : Escape(r.Doi)),
            // A URL field is read verbatim by the url package: only braces would break the entry.
            ("url", Verbatim(r.Url ?? (r.Doi is null ? siteUrl + ResearchLinks.Page(r.Id) : null))),
            ("note", r.Title.En is { Length: > 0 } en ? Escape("English title: " + en) : null),
            ("langid", "thai"),
        };
        var text = new StringBuilder();
        text.Append('@').Append(EntryType(r.Type)).Append('{').Append(Key(r)).Append(",\n");
        foreach (var (name, value) in fields.Where(f => !string.IsNullOrEmpty(f.Value)))
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        text.Append("}\n");
        return text.ToString();
    }

    public static string Entries(IEnumerable<ResearchItem> items, string siteUrl) =>
        string.Join("\n", items.Select(r => Entry(r, siteUrl)));

    /// <summary>A name with " and " in it would split into two authors: braces keep it one.</summary>
    private static string Author(string name)
    {
        var escaped = Escape(name);
        return name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + escaped + "}" : escaped;
    }

    private static string TypeName(ResearchType type) => type switch
    {
        ResearchType.PolicyBrief => "Policy brief",
        ResearchType.CaseStudy => "Case study",
        ResearchType.Dataset => "Dataset",
        _ => type.ToString(),
    };

    /// <summary>Escapes LaTeX's special characters and folds line breaks into spaces.</summary>
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return s.ToString().Replace("  ", " ", StringComparison.Ordinal).Trim();
    }

    private static string? Verbatim(string? url) =>
        url?.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
