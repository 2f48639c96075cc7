using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Search.Data;

/// <summary>One row of the search change log: "item Type/EntityId changed". Written with the content, read by every node.</summary>
public sealed class SearchChange
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public string EntityId { get; set; } = "";
    public DateTime At { get; set; }
}

internal sealed class SearchChangeConfiguration : IEntityTypeConfiguration<SearchChange>
{
    public void Configure(EntityTypeBuilder<SearchChange> b)
    {
        b.ToTable("search_changes");
        b.Property(c => c.Type).HasMaxLength(50);
        b.Property(c => c.EntityId).HasMaxLength(100);
        b.HasIndex(c => c.At);
    }
}
