using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using LearningCity.Modules.Cities.Data;

namespace LearningCity.Modules.Awards.Data;

/// <summary>
/// A judge on a cycle's panel (a user with the Judge role), with what conflict-of-interest checks need: the
/// province they live or work in and the organisation they belong to (a local government, when it is one).
/// </summary>
public sealed class AwardJudge
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public Guid UserId { get; set; }
    public string DisplayName { get; set; } = "";
    public string? ProvinceCode { get; set; }
    public string? Organisation { get; set; }
    /// <summary>The local government the judge works for, if any: applications of that city conflict.</summary>
    public int? OrganisationCityId { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>A recorded mentoring relation between a person and a city (e.g. a coach of its learning-city team); it bars judging that city.</summary>
public sealed class MentoringRelation
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public int CityId { get; set; }
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid RecordedBy { get; set; }
}

/// <summary>A conflict of interest a judge declared for a city in a cycle.</summary>
public sealed class ConflictDeclaration
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public Guid JudgeUserId { get; set; }
    public int CityId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime DeclaredAt { get; set; }
}

public enum AssignmentMethod { Manual = 0, Csv = 1, Automatic = 2 }

/// <summary>A judge assigned to an application; <see cref="SubmittedAt"/> is set when the judge submits every criterion's score.</summary>
public sealed class JudgeAssignment
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public int ApplicationId { get; set; }
    public Guid JudgeUserId { get; set; }
    public AssignmentMethod Method { get; set; }
    public DateTime AssignedAt { get; set; }
    public Guid AssignedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public List<JudgeScore> Scores { get; set; } = [];
}

/// <summary>A judge's score of one criterion on its rubric, with a comment. Concurrent edits are refused, never lost (Version).</summary>
public sealed class JudgeScore
{
    public int Id { get; set; }
    public int AssignmentId { get; set; }
    public int CriterionId { get; set; }
    public int Score { get; set; }
    public string? Comment { get; set; }
    public DateTime UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class AwardJudgeConfiguration : IEntityTypeConfiguration<AwardJudge>
{
    public void Configure(EntityTypeBuilder<AwardJudge> b)
    {
        b.ToTable("awards_judges");
        b.Property(j => j.DisplayName).HasMaxLength(200);
        b.Property(j => j.ProvinceCode).HasMaxLength(10);
        b.Property(j => j.Organisation).HasMaxLength(300);
        b.HasIndex(j => new { j.CycleId, j.UserId }).IsUnique();
        b.HasOne<AwardCycle>().WithMany().HasForeignKey(j => j.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MentoringRelationConfiguration : IEntityTypeConfiguration<MentoringRelation>
{
    public void Configure(EntityTypeBuilder<MentoringRelation> b)
    {
        b.ToTable("awards_mentoring_relations");
        b.Property(m => m.Note).HasMaxLength(1000);
        b.HasIndex(m => new { m.UserId, m.CityId }).IsUnique();
        b.HasOne<City>().WithMany().HasForeignKey(m => m.CityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> b)
    {
        b.ToTable("awards_conflicts");
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.HasIndex(c => new { c.CycleId, c.JudgeUserId, c.CityId }).IsUnique();
        b.HasOne<AwardCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignment>
{
    public void Configure(EntityTypeBuilder<JudgeAssignment> b)
    {
        b.ToTable("awards_assignments");
        b.HasIndex(a => new { a.ApplicationId, a.JudgeUserId }).IsUnique();
        b.HasIndex(a => new { a.CycleId, a.JudgeUserId });
        b.HasOne<AwardApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JudgeScoreConfiguration : IEntityTypeConfiguration<JudgeScore>
{
    public void Configure(EntityTypeBuilder<JudgeScore> b)
    {
        b.ToTable("awards_scores");
        b.Property(s => s.Comment).HasMaxLength(4000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.AssignmentId, s.CriterionId }).IsUnique();
        b.HasOne<AwardCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
