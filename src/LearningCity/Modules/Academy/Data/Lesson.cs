using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

public enum LessonKind
{
    /// <summary>Markdown, shown through the sanitizer.</summary>
    Text = 1,
    /// <summary>A link to a video (http or https).</summary>
    Video = 2,
    /// <summary>An uploaded document, its type decided by its content.</summary>
    File = 3,
    /// <summary>A published resource of the library, by id.</summary>
    ResourceLink = 4,
    /// <summary>Questions graded on the server; the lesson counts as done only when passed.</summary>
    Quiz = 5,
}

/// <summary>A step of a module. Which fields it uses depends on its kind.</summary>
public sealed class Lesson
{
    public const int MaxBodyLength = 100_000;

    public int Id { get; set; }
    public int ModuleId { get; set; }
    /// <summary>0-based order within the module.</summary>
    public int Position { get; set; }
    public LessonKind Kind { get; set; }
    public BilingualText Title { get; set; } = new();
    /// <summary>Markdown of a text lesson, or a note for the other kinds.</summary>
    public BilingualText Body { get; set; } = new();
    public string? VideoUrl { get; set; }
    public string? FileName { get; set; }
    public string? FileOriginalName { get; set; }
    /// <summary>A learning resource of the Resources module, referred to by id only.</summary>
    public int? ResourceId { get; set; }
    /// <summary>A quiz lesson's questions, pass mark and attempts limit (empty for the other kinds).</summary>
    public LessonQuiz Quiz { get; set; } = new();
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> b)
    {
        b.ToTable("academy_lessons");
        b.ComplexProperty(l => l.Title, n => n.MapBilingual(300));
        b.ComplexProperty(l => l.Body, n => n.MapOptionalBilingual(Lesson.MaxBodyLength));
        b.Property(l => l.VideoUrl).HasMaxLength(1000);
        b.Property(l => l.FileName).HasMaxLength(200);
        b.Property(l => l.FileOriginalName).HasMaxLength(300);
        b.Property(l => l.Quiz).HasConversion(JsonColumn.Converter<LessonQuiz>(), JsonColumn.Comparer<LessonQuiz>());
        b.HasIndex(l => new { l.ModuleId, l.Position });
    }
}
