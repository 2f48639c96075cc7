namespace LearningCity.Modules.Academy.Data;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<QuestionKind>))]
public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    /// <summary>Typed text, right when it matches an accepted answer after normalising (case, spaces, Unicode form).</summary>
    ShortAnswer = 3,
}

/// <summary>
/// The questions of a quiz lesson with their answer keys, stored with the lesson and frozen into each version. The keys
/// stay on the server: what a learner receives is <c>QuizView</c>, without them.
/// </summary>
public sealed class LessonQuiz
{
    public const int MaxQuestions = 50;

    /// <summary>The percentage of questions right needed to pass.</summary>
    public int PassMark { get; set; } = 70;
    public int MaxAttempts { get; set; } = 3;
    public List<QuizQuestion> Questions { get; set; } = [];

    /// <summary>Option ids are unique across the whole quiz, so an answer naming another question's option is recognised.</summary>
    public int NextId() => Questions.Select(q => q.Id).Concat(Questions.SelectMany(q => q.Options).Select(o => o.Id)).DefaultIfEmpty(0).Max() + 1;
}

public sealed class QuizQuestion
{
    public int Id { get; set; }
    public QuestionKind Kind { get; set; }
    public string PromptTh { get; set; } = "";
    public string? PromptEn { get; set; }
    public List<QuizOption> Options { get; set; } = [];
    /// <summary>For a short answer: the answers accepted.</summary>
    public List<string> AcceptedAnswers { get; set; } = [];
}

public sealed class QuizOption
{
    public int Id { get; set; }
    public string TextTh { get; set; } = "";
    public string? TextEn { get; set; }
    public bool Correct { get; set; }
}
