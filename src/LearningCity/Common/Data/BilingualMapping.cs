using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Common.Data;

public static class BilingualMapping
{
    /// <summary>Maps a BilingualText to two columns, {Name}Th (required) and {Name}En.</summary>
    public static void MapBilingual(this ComplexPropertyBuilder<BilingualText> b, int? maxLength = null)
    {
        var th = b.Property(t => t.Th).IsRequired();
        var en = b.Property(t => t.En);
        if (maxLength is { } max)
        {
            th.HasMaxLength(max);
            en.HasMaxLength(max);
        }
    }

    /// <summary>For optional texts: an empty Thai value means "not given".</summary>
    public static void MapOptionalBilingual(this ComplexPropertyBuilder<BilingualText> b, int maxLength)
    {
        b.Property(t => t.Th).IsRequired().HasMaxLength(maxLength);
        b.Property(t => t.En).HasMaxLength(maxLength);
    }
}
