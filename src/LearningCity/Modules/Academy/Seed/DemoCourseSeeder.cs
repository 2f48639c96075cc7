using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Seed;

/// <summary>
/// First-run demo courses (Seed:Demo): one published course in each capacity, each with its first version, every one
/// marked IsDemo and authored by no account (admins edit them). Runs only while there are no courses at all.
/// </summary>
internal sealed class DemoCourseSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 65;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Courses.AnyAsync(ct)) return;
        var now = time.GetUtcNow().UtcDateTime;
        var courses = DemoCourses.All.Select(d => new Course
        {
            Title = new BilingualText(d.Title, d.TitleEn), Summary = new BilingualText(d.Summary, null), Capacity = d.Capacity,
            Audiences = d.Audiences, EstimatedHours = d.Hours, Prerequisites = new BilingualText(d.Prerequisites, null),
            Indicators = [.. d.Indicators], Status = CourseStatus.Published, PublishedVersion = 1, IsDemo = true,
            CreatedBy = Guid.Empty, CreatedAt = now, UpdatedAt = now,
            Modules = d.Modules.Select((m, i) => new CourseModule
            {
                Position = i, Title = new BilingualText(m.Title, null),
                Lessons = m.Lessons.Select((x, j) => new Lesson
                {
                    Position = j, Kind = x.Kind, Title = new BilingualText(x.Title, null), Body = new BilingualText(x.Body, null), VideoUrl = x.VideoUrl,
                    Quiz = x.Quiz ?? new LessonQuiz(),
                }).ToList(),
            }).ToList(),
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Courses.AddRange(courses);
        await db.SaveChangesAsync(ct);
        // The ids exist only after the insert: the first versions and the search change log join the same transaction.
        foreach (var course in courses)
        {
            db.CourseVersions.Add(new CourseVersion { CourseId = course.Id, Number = 1, PublishedAt = now, Structure = CourseSnapshot.Of(course).ToJson() });
            SearchChanges.Record(db, CourseAuthoring.SearchType, course.Id);
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
