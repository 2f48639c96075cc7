using System.Globalization;
using System.Text;
using LearningCity.Modules.Research.Catalogue;
using LearningCity.Modules.Research.Data;

namespace LearningCity.Modules.Research.Citations;

/// <summary>RIS records (EndNote, Zotero, Mendeley): one "TAG  - value" per line, CRLF, each record ending with "ER  - ".</summary>
public static class Ris
{
    public const string ContentType = "application/x-research-info-systems; charset=utf-8";

    public static string TypeTag(ResearchType type) => type switch
    {
        ResearchType.Paper => "JOUR",
        ResearchType.Dataset => "DATA",
        _ => "RPRT",
    };

    public static string Record(ResearchItem r, string siteUrl)
    {
        var s = new StringBuilder();
        Line(s, "TY", TypeTag(r.Type));
        Line(s, "ID", BibTex.Key(r));
        Line(s, "TI", r.Title.Th);
        Line(s, "TT", r.Title.En);
        foreach (var author in r.Authors) Line(s, "AU", author);
        Line(s, "PY", r.Year.ToString(CultureInfo.InvariantCulture));
        Line(s, "AB", string.IsNullOrEmpty(r.Abstract.Th) ? null : r.Abstract.Th);
        foreach (var keyword in r.Keywords.OrderBy(k => k.Position)) Line(s, "KW", keyword.Text);
        Line(s, "DO", r.Doi);
        Line(s, "UR", r.Url ?? siteUrl + ResearchLinks.Page(r.Id));
        Line(s, "LA", "th");
        Line(s, "ER", "");
        return s.ToString();
    }

    public static string Records(IEnumerable<ResearchItem> items, string siteUrl) =>
        string.Join("\r\n", items.Select(r => Record(r, siteUrl)));

    /// <summary>A value is one line: line breaks inside it become spaces.</summary>
    private static void Line(StringBuilder s, string tag, string? value)
    {
        if (value is null || (value.Length == 0 && tag != "ER")) return;
        var oneLine = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        s.Append(tag).Append("  - ").Append(oneLine).Append("\r\n");
    }
}
