using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Authoring;

/// <summary>What a change ended in: the course, or field errors (nothing saved).</summary>
public sealed record CourseSave(Course? Course, Dictionary<string, string[]>? Errors = null)
{
    public static CourseSave Error(string field, string message) => new(null, new() { [field] = [message] });
}

/// <summary>An uploaded file already stored by the FileStore: its stored name and the name it was uploaded with.</summary>
public sealed record StoredUpload(string Name, string OriginalName);

/// <summary>
/// Creating and changing courses, their modules and lessons, and publishing them, for the pages and the API alike.
/// Each change is logged for the search index in the same unit of work; publishing and unpublishing are audited, and a
/// publish freezes the structure into the next <see cref="CourseVersion"/>.
/// </summary>
public sealed class CourseAuthoring(AppDbContext db, AuditLog audit, TimeProvider time, JsonStringLocalizer l, LessonRules lessons)
{
    public const string SearchType = "course";
    private const string Entity = "Course";

    public async Task<Course?> FindAsync(int id, CancellationToken ct)
    {
        var course = await db.Courses.Include(c => c.Modules).ThenInclude(m => m.Lessons).AsSplitQuery()
            .Where(c => c.Id == id).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        return course;
    }

    public async Task<CourseSave> CreateAsync(CourseInput input, IReadOnlyList<CourseModuleInput>? modules, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var course = new Course { CreatedBy = CityAccess.UserId(user) ?? Guid.Empty, CreatedAt = now, Status = CourseStatus.Draft };
        input.ApplyTo(course);
        if (modules is not null && await lessons.BuildAsync(modules, ct) is var built)
        {
            if (built.Errors is not null) return new CourseSave(null, built.Errors);
            course.Modules = built.Modules!;
        }
        db.Courses.Add(course);
        return await SaveAsync(course, ct);
    }

    /// <summary>Changes the course's facts; with <paramref name="modules"/>, replaces its structure too.</summary>
    public async Task<CourseSave> UpdateAsync(Course course, CourseInput input, IReadOnlyList<CourseModuleInput>? modules, CancellationToken ct)
    {
        input.ApplyTo(course);
        if (modules is not null)
        {
            var built = await lessons.BuildAsync(modules, ct);
            if (built.Errors is not null) return new CourseSave(null, built.Errors);
            db.CourseModules.RemoveRange(course.Modules);
            course.Modules = built.Modules!;
        }
        return await SaveAsync(course, ct);
    }

    public async Task<CourseSave> AddModuleAsync(Course course, ModuleInput input, CancellationToken ct)
    {
        course.Modules.Add(new CourseModule
        {
            Position = course.Modules.Count == 0 ? 0 : course.Modules.Max(m => m.Position) + 1,
            Title = new BilingualText(input.TitleTh ?? "", input.TitleEn),
        });
        return await SaveAsync(course, ct);
    }

    public async Task<CourseSave> RemoveModuleAsync(Course course, int moduleId, CancellationToken ct)
    {
        if (course.Modules.FirstOrDefault(m => m.Id == moduleId) is not { } module) return NotInCourse();
        course.Modules.Remove(module);
        db.CourseModules.Remove(module);
        Renumber(course.Modules.OrderBy(m => m.Position), (m, i) => m.Position = i);
        return await SaveAsync(course, ct);
    }

    /// <summary>Moves a module one place up (-1) or down (+1); at either end nothing moves.</summary>
    public Task<CourseSave> MoveModuleAsync(Course course, int moduleId, int step, CancellationToken ct) =>
        MoveAsync(course, course.Modules.OrderBy(m => m.Position).ToList(), m => m.Id == moduleId, (m, i) => m.Position = i, step, ct);

    public async Task<CourseSave> AddLessonAsync(Course course, int moduleId, LessonInput input, StoredUpload? file, CancellationToken ct)
    {
        if (course.Modules.FirstOrDefault(m => m.Id == moduleId) is not { } module) return NotInCourse();
        var built = await lessons.BuildAsync(input, file, ct);
        if (built.Errors is not null) return new CourseSave(null, built.Errors);
        built.Lesson!.Position = module.Lessons.Count == 0 ? 0 : module.Lessons.Max(x => x.Position) + 1;
        module.Lessons.Add(built.Lesson);
        return await SaveAsync(course, ct);
    }

    public async Task<CourseSave> RemoveLessonAsync(Course course, int lessonId, CancellationToken ct)
    {
        var module = course.Modules.FirstOrDefault(m => m.Lessons.Any(x => x.Id == lessonId));
        if (module is null) return NotInCourse();
        var lesson = module.Lessons.First(x => x.Id == lessonId);
        module.Lessons.Remove(lesson);
        db.Lessons.Remove(lesson);
        Renumber(module.Lessons.OrderBy(x => x.Position), (x, i) => x.Position = i);
        return await SaveAsync(course, ct);
    }

    public Task<CourseSave> MoveLessonAsync(Course course, int lessonId, int step, CancellationToken ct)
    {
        var module = course.Modules.FirstOrDefault(m => m.Lessons.Any(x => x.Id == lessonId));
        if (module is null) return Task.FromResult(NotInCourse());
        return MoveAsync(course, module.Lessons.OrderBy(x => x.Position).ToList(), x => x.Id == lessonId, (x, i) => x.Position = i, step, ct);
    }

    /// <summary>Publishes the course as it is now: the next version number, its structure frozen, found by the search.</summary>
    public async Task<CourseSave> PublishAsync(Course course, CancellationToken ct)
    {
        if (!course.Modules.Any(m => m.Lessons.Count > 0)) return CourseSave.Error("modules", l["Academy.Error.NoLessons"]);
        if (course.Modules.SelectMany(m => m.Lessons).Any(x => x.Kind == LessonKind.Quiz && x.Quiz.Questions.Count == 0))
            return CourseSave.Error("modules", l["Academy.Error.QuizWithoutQuestions"]);
        var before = Summary(course);
        course.Status = CourseStatus.Published;
        course.PublishedVersion += 1;
        var now = time.GetUtcNow().UtcDateTime;
        db.CourseVersions.Add(new CourseVersion
        {
            CourseId = course.Id, Number = course.PublishedVersion, PublishedAt = now, Structure = CourseSnapshot.Of(course).ToJson(),
        });
        audit.Record("academy.course.publish", Entity, course.Id, before, Summary(course));
        return await SaveAsync(course, ct);
    }

    /// <summary>Takes the course off the catalogue; its versions stay for the learners who follow one.</summary>
    public async Task<CourseSave> UnpublishAsync(Course course, CancellationToken ct)
    {
        var before = Summary(course);
        course.Status = CourseStatus.Draft;
        audit.Record("academy.course.unpublish", Entity, course.Id, before, Summary(course));
        return await SaveAsync(course, ct);
    }

    private async Task<CourseSave> MoveAsync<T>(Course course, List<T> ordered, Func<T, bool> isIt, Action<T, int> setPosition, int step, CancellationToken ct)
    {
        var from = ordered.FindIndex(x => isIt(x));
        if (from < 0) return NotInCourse();
        var to = Math.Clamp(from + Math.Sign(step), 0, ordered.Count - 1);
        var item = ordered[from];
        ordered.RemoveAt(from);
        ordered.Insert(to, item);
        Renumber(ordered, setPosition);
        return await SaveAsync(course, ct);
    }

    private static void Renumber<T>(IEnumerable<T> ordered, Action<T, int> setPosition)
    {
        var i = 0;
        foreach (var item in ordered.ToList()) setPosition(item, i++);
    }

    private CourseSave NotInCourse() => CourseSave.Error("id", l["Academy.Error.NotInCourse"]);

    private static object Summary(Course c) => new
    {
        c.Id, Title = c.Title.Th, Status = c.Status.ToString(), c.PublishedVersion,
        Modules = c.Modules.Count, Lessons = c.Modules.Sum(m => m.Lessons.Count),
    };

    private async Task<CourseSave> SaveAsync(Course course, CancellationToken ct)
    {
        course.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // A new course has its id only now; the search change log joins the same transaction.
        SearchChanges.Record(db, SearchType, course.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CourseSave(course);
    }
}
