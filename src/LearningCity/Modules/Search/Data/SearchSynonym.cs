using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Search.Data;

/// <summary>
/// A synonym or abbreviation rule an admin added to the search, on top of the built-in list. Who added or changed it is in
/// the audit log, never here, so deleting an account has nothing to erase in this table.
/// </summary>
public sealed class SearchSynonym
{
    public const int MaxLineChars = 2000;

    /// <summary>Room for what normalizing a line adds: a space after each comma, spaces around the arrow.</summary>
    public const int MaxRuleChars = MaxLineChars + 100;

    public int Id { get; set; }

    /// <summary>The line as the admin typed it (a comment after <c>#</c> included); what the search reads.</summary>
    public string Line { get; set; } = "";

    /// <summary>The rule the line makes, written the one way the list shows rules (<c>a, b =&gt; c</c>); compares duplicates.</summary>
    public string Rule { get; set; } = "";

    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> b)
    {
        b.ToTable("search_synonyms");
        b.Property(s => s.Line).HasMaxLength(SearchSynonym.MaxLineChars);
        b.Property(s => s.Rule).HasMaxLength(SearchSynonym.MaxRuleChars);
    }
}
