using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Authoring;
using LearningCity.Modules.Academy.Cohorts;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;
using LearningCity.Modules.Academy.Quizzes;
using LearningCity.Modules.Identity.Public;
using LearningCity.Modules.Identity.Seed;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Academy.Seed;

/// <summary>
/// First-run demo learning (Seed:Demo), after the demo courses and accounts, through the module's own services so that
/// seats, notices, the certificate and the passport hours are real: the demo learner has finished the course with the quiz
/// (every lesson done, the quiz passed); a cohort of the hands-on course runs now, facilitated by the demo Chiang Mai
/// coordinator, with three demo people enrolled part-way. Runs only while the Academy has no enrolment and no cohort.
/// </summary>
internal sealed class DemoLearningSeeder(IConfiguration config, TimeProvider time) : IStartupSeeder
{
    public int Order => 66;

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!config.GetValue("Seed:Demo", true)) return;
        var db = services.GetRequiredService<AppDbContext>();
        if (await db.Enrolments.AnyAsync(ct) || await db.Cohorts.AnyAsync(ct)) return;
        var accounts = services.GetRequiredService<AccountDirectory>();
        Task<Guid?> Account(string name) => accounts.IdByEmailAsync($"{name}@{DemoAccountSeeder.Domain}", ct);
        if (await Account("learner") is not { } learner) return;
        var courses = await db.Courses.AsNoTracking().Include(c => c.Modules).ThenInclude(m => m.Lessons)
            .Where(c => c.IsDemo && c.Status == CourseStatus.Published).OrderBy(c => c.Id).ToListAsync(ct);
        var withQuiz = courses.FirstOrDefault(c => c.Modules.SelectMany(m => m.Lessons).Any(l => l.Kind == LessonKind.Quiz));
        var enrolments = services.GetRequiredService<Enrolments>();
        var steps = services.GetRequiredService<LessonSteps>();

        if (withQuiz is not null && (await enrolments.EnrolAsync(withQuiz, learner, null, null, null, ct)).Enrolment is not null)
        {
            foreach (var lesson in await LessonsAsync(db, withQuiz, ct))
            {
                if (lesson.Quiz is { Questions.Count: > 0 } quiz) await steps.AttemptAsync(withQuiz, learner, lesson.Id, 1, RightAnswers(quiz), ct);
                else await steps.MarkDoneAsync(withQuiz, learner, lesson.Id, ct);
            }
        }

        var cohortCourse = courses.FirstOrDefault(c => c.Id != withQuiz?.Id);
        if (cohortCourse is null || await Account("coordinator.chiangmai") is not { } facilitator) return;
        var today = ThaiTime.Today(time);
        var (cohort, _) = await services.GetRequiredService<CohortPlanning>().CreateAsync(cohortCourse, new CohortInput
        {
            NameTh = "รุ่นที่ 1 ภาคเหนือ (ข้อมูลตัวอย่าง)", NameEn = "Northern cohort 1 (demo)", StartsOn = today.AddDays(-14), EndsOn = today.AddDays(28),
            Capacity = 12, FacilitatorIds = [facilitator],
        }, facilitator, ct);
        if (cohort is null) return;
        var lessons = await LessonsAsync(db, cohortCourse, ct);
        // Part-way: the demo learner has done two lessons, the researcher one, the reviewer has only just joined.
        foreach (var (name, done) in new[] { ("learner", 2), ("researcher", 1), ("reviewer", 0) })
        {
            if (await Account(name) is not { } person || (await enrolments.EnrolAsync(cohortCourse, person, cohort.Id, null, null, ct)).Enrolment is null) continue;
            foreach (var lesson in lessons.Where(l => l.Quiz is null).Take(done)) await steps.MarkDoneAsync(cohortCourse, person, lesson.Id, ct);
        }
    }

    /// <summary>The lessons of the course's latest version, in order, as an enrolment made now pins them.</summary>
    private static async Task<List<LessonSnapshot>> LessonsAsync(AppDbContext db, Course course, CancellationToken ct)
    {
        var structure = await db.CourseVersions.AsNoTracking().Where(v => v.CourseId == course.Id && v.Number == course.PublishedVersion)
            .Select(v => v.Structure).FirstAsync(ct);
        return CourseSnapshot.FromJson(structure)!.AllLessons.ToList();
    }

    private static List<QuizAnswer?> RightAnswers(LessonQuiz quiz) => quiz.Questions.Select(q => (QuizAnswer?)new QuizAnswer
    {
        QuestionId = q.Id,
        OptionIds = q.Kind == QuestionKind.ShortAnswer ? null : q.Options.Where(o => o.Correct).Select(o => o.Id).ToList(),
        Text = q.Kind == QuestionKind.ShortAnswer ? q.AcceptedAnswers.FirstOrDefault() : null,
    }).ToList();
}
