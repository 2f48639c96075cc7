using LearningCity.Modules.Search.Data;
using LearningCity.Modules.Search.Lists;

namespace LearningCity.Modules.Search.Synonyms;

/// <summary>A rule of the search: Text is how lists show it; a group has From and To alike.</summary>
public sealed record SynonymRuleDto(string Text, IReadOnlyList<string> From, IReadOnlyList<string> To, bool OneWay)
{
    internal static SynonymRuleDto Of(SynonymRule rule) => new(rule.ToString(), rule.From, rule.To, rule.OneWay);
}

/// <summary>
/// A rule an admin added: the line as typed and the rule it makes. InForce is false for a line that makes no rule (changed
/// in the database by hand): the search leaves it out, and Rule is then null.
/// </summary>
public sealed record AdminSynonymDto(int Id, string Line, SynonymRuleDto? Rule, bool InForce, bool IsDemo, DateTime CreatedAt, DateTime UpdatedAt)
{
    internal static AdminSynonymDto Of(SearchSynonym row)
    {
        var rule = SynonymSet.TryParseLine(row.Line, out var parsed, out _) ? parsed : null;
        return new(row.Id, row.Line, rule is null ? null : SynonymRuleDto.Of(rule), rule is not null, row.IsDemo, row.CreatedAt, row.UpdatedAt);
    }
}

/// <summary>Every rule of the search: the built-in list (from the repository's file) and the admins' rules, oldest first.</summary>
public sealed record SynonymListDto(IReadOnlyList<SynonymRuleDto> BuiltIn, IReadOnlyList<AdminSynonymDto> Admin);

/// <summary>The body of adding or changing a rule: one line, e.g. "โคราช => นครราชสีมา".</summary>
public sealed record SynonymLineRequest(string? Line);
