using System.Globalization;
using System.Text;
using LearningCity.Modules.Academy.Data;
using LearningCity.Modules.Academy.Enrolling;

namespace LearningCity.Modules.Academy.Quizzes;

/// <summary>An answer to one question: the chosen option ids (choice questions) or the typed text (short answer).</summary>
public sealed class QuizAnswer
{
    public int QuestionId { get; set; }
    public List<int>? OptionIds { get; set; }
    public string? Text { get; set; }
}

public sealed record QuizGrade(int Score, int OutOf, int Percent, bool Passed);

/// <summary>
/// Grades an attempt on the server against the answer keys. An answer must be about a question of this quiz and may
/// only choose that question's own options (one, for a single choice); anything else was not sent by the page and is
/// refused, never graded. A question left unanswered counts as wrong.
/// </summary>
public static class QuizGrading
{
    public const int MaxTextLength = 500;

    public static (QuizGrade? Grade, Refusal? Refused) Grade(LessonQuiz quiz, IReadOnlyList<QuizAnswer?> answers)
    {
        var byId = quiz.Questions.ToDictionary(q => q.Id);
        var given = new Dictionary<int, QuizAnswer>();
        foreach (var answer in answers)
        {
            if (answer is null || !byId.TryGetValue(answer.QuestionId, out var question)) return (null, Refusal.Invalid("Quiz.UnknownQuestion"));
            if (!given.TryAdd(answer.QuestionId, answer)) return (null, Refusal.Invalid("Quiz.AnsweredTwice"));
            var chosen = answer.OptionIds ?? [];
            if (chosen.Any(id => question.Options.All(o => o.Id != id))) return (null, Refusal.Invalid("Quiz.ForeignOption"));
            if (chosen.Distinct().Count() != chosen.Count) return (null, Refusal.Invalid("Quiz.ForeignOption"));
            if (question.Kind == QuestionKind.SingleChoice && chosen.Count > 1) return (null, Refusal.Invalid("Quiz.OneChoiceOnly"));
            if (question.Kind == QuestionKind.ShortAnswer && chosen.Count > 0) return (null, Refusal.Invalid("Quiz.ForeignOption"));
            if (answer.Text is { Length: > MaxTextLength }) return (null, Refusal.Invalid("Quiz.TextTooLong"));
        }
        var score = quiz.Questions.Count(q => given.TryGetValue(q.Id, out var a) && IsRight(q, a));
        var outOf = quiz.Questions.Count;
        var percent = outOf == 0 ? 0 : score * 100 / outOf;
        return (new QuizGrade(score, outOf, percent, outOf > 0 && score * 100 >= quiz.PassMark * outOf), null);
    }

    private static bool IsRight(QuizQuestion q, QuizAnswer a) => q.Kind switch
    {
        QuestionKind.ShortAnswer => Normalize(a.Text) is { Length: > 0 } text && q.AcceptedAnswers.Any(x => Normalize(x) == text),
        _ => (a.OptionIds ?? []).ToHashSet().SetEquals(q.Options.Where(o => o.Correct).Select(o => o.Id)),
    };

    /// <summary>Unicode form C, lower case, spaces collapsed, zero-width characters and trailing punctuation dropped.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        var b = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c is '\u200b' or '\u200c' or '\u200d' or '\ufeff') continue;
            if (char.IsWhiteSpace(c)) { space = b.Length > 0; continue; }
            if (space) b.Append(' ');
            space = false;
            b.Append(c);
        }
        return b.ToString().TrimEnd('.', '!', '?', '。');
    }
}
