using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningCity.Modules.Academy.Data;

/// <summary>
/// One graded attempt at a quiz lesson of an enrolment. Numbered 1, 2, … per lesson; the unique number stops a replayed
/// or simultaneous second submission of the same attempt, and the quiz's limit stops one beyond it.
/// </summary>
public sealed class QuizAttempt
{
    public int Id { get; set; }
    public int EnrolmentId { get; set; }
    public int LessonId { get; set; }
    public int Number { get; set; }
    public int Score { get; set; }
    public int OutOf { get; set; }
    public int Percent { get; set; }
    public bool Passed { get; set; }
    /// <summary>What was answered, as JSON (question id → option ids or text).</summary>
    public string Answers { get; set; } = "[]";
    public DateTime SubmittedAt { get; set; }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.ToTable("academy_quiz_attempts");
        b.Property(a => a.Answers).HasMaxLength(20_000);
        b.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.EnrolmentId, a.LessonId, a.Number }).IsUnique();
    }
}
