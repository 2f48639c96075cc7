using LearningCity.Modules.Academy.Data;

namespace LearningCity.Modules.Academy.Quizzes;

public sealed record QuizOptionView(int Id, string TextTh, string? TextEn);

public sealed record QuizQuestionView(int Id, string Kind, string PromptTh, string? PromptEn, IReadOnlyList<QuizOptionView> Options);

/// <summary>A quiz as a learner receives it: questions and options, never which are right nor the accepted answers.</summary>
public sealed record QuizView(int PassMark, int MaxAttempts, IReadOnlyList<QuizQuestionView> Questions)
{
    public static QuizView Of(LessonQuiz quiz) => new(quiz.PassMark, quiz.MaxAttempts,
        quiz.Questions.Select(q => new QuizQuestionView(q.Id, q.Kind.ToString(), q.PromptTh, q.PromptEn,
            q.Options.Select(o => new QuizOptionView(o.Id, o.TextTh, o.TextEn)).ToList())).ToList());
}
