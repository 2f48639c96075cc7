using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Quizzes;

/// <summary>
/// Writes a quiz lesson's questions with their keys (the course's authors only). Like every edit, it reaches learners
/// with the next publish; ids are given here, option ids unique across the quiz.
/// </summary>
public sealed class QuizAuthoring(AppDbContext db, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<Dictionary<string, string[]>?> SaveAsync(Course course, Lesson lesson, QuizInput input, CancellationToken ct)
    {
        if (lesson.Kind != LessonKind.Quiz) return new() { ["lessonId"] = [l["Academy.Error.Quiz.NotAQuiz"].Value] };
        var (quiz, errors) = Build(input);
        if (errors.Count > 0) return errors;
        lesson.Quiz = quiz!;
        course.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static QuizInput ToInput(LessonQuiz quiz) => new()
    {
        PassMark = quiz.PassMark, MaxAttempts = quiz.MaxAttempts,
        Questions = quiz.Questions.Select(q => (QuestionInput?)new QuestionInput
        {
            Kind = q.Kind.ToString(), PromptTh = q.PromptTh, PromptEn = q.PromptEn,
            Options = q.Options.Select(o => (OptionInput?)new OptionInput { TextTh = o.TextTh, TextEn = o.TextEn, Correct = o.Correct }).ToList(),
            AcceptedAnswers = q.AcceptedAnswers.Select(a => (string?)a).ToList(),
        }).ToList(),
    };

    private (LessonQuiz?, Dictionary<string, string[]>) Build(QuizInput input)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string key) => errors.TryAdd(field, [l[key].Value]);
        if (input.PassMark is not (>= 1 and <= 100)) Error("passMark", "Academy.Error.Quiz.PassMark");
        if (input.MaxAttempts is not (>= 1 and <= 20)) Error("maxAttempts", "Academy.Error.Quiz.MaxAttempts");
        var questions = input.Questions ?? [];
        if (questions.Count > LessonQuiz.MaxQuestions) Error("questions", "Academy.Error.Quiz.TooManyQuestions");
        var quiz = new LessonQuiz { PassMark = input.PassMark ?? 0, MaxAttempts = input.MaxAttempts ?? 0 };
        var next = 1;
        for (var i = 0; i < questions.Count && errors.Count == 0; i++)
        {
            var at = $"questions[{i}].";
            var q = questions[i];
            if (q is null || !Enum.TryParse<QuestionKind>(q.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind)) { Error(at + "kind", "Academy.Error.Quiz.Kind"); break; }
            var prompt = q.PromptTh?.Trim();
            if (string.IsNullOrEmpty(prompt) || prompt.Length > 1000) { Error(at + "promptTh", "Academy.Error.Quiz.Prompt"); break; }
            var question = new QuizQuestion { Id = next++, Kind = kind, PromptTh = prompt, PromptEn = Trim(q.PromptEn, 1000) };
            if (kind == QuestionKind.ShortAnswer)
            {
                var accepted = (q.AcceptedAnswers ?? []).Select(a => a?.Trim()).Where(a => !string.IsNullOrEmpty(a)).Select(a => a!).ToList();
                if (accepted.Count is 0 or > 20 || accepted.Any(a => a.Length > 200)) { Error(at + "acceptedAnswers", "Academy.Error.Quiz.Accepted"); break; }
                question.AcceptedAnswers = accepted;
            }
            else
            {
                var options = q.Options ?? [];
                if (options.Count is < 2 or > 10 || options.Any(o => o is null || string.IsNullOrWhiteSpace(o.TextTh) || o.TextTh.Trim().Length > 300))
                { Error(at + "options", "Academy.Error.Quiz.Options"); break; }
                var correct = options.Count(o => o!.Correct);
                if (kind == QuestionKind.SingleChoice ? correct != 1 : correct < 1) { Error(at + "options", $"Academy.Error.Quiz.Correct.{kind}"); break; }
                question.Options = options.Select(o => new QuizOption { Id = 0, TextTh = o!.TextTh!.Trim(), TextEn = Trim(o.TextEn, 300), Correct = o.Correct }).ToList();
            }
            quiz.Questions.Add(question);
        }
        foreach (var option in quiz.Questions.SelectMany(q => q.Options)) option.Id = next++;
        return (errors.Count == 0 ? quiz : null, errors);
    }

    private static string? Trim(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > max ? t[..max] : text.Trim();
}
