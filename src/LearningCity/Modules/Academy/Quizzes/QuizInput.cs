namespace LearningCity.Modules.Academy.Quizzes;

/// <summary>A quiz lesson's questions as its author sends them; the whole quiz is replaced.</summary>
public sealed class QuizInput
{
    /// <summary>Percentage of questions right needed to pass (1–100).</summary>
    public int? PassMark { get; set; }
    /// <summary>How many attempts a learner has (1–20).</summary>
    public int? MaxAttempts { get; set; }
    public List<QuestionInput?>? Questions { get; set; }
}

public sealed class QuestionInput
{
    /// <summary>"SingleChoice", "MultipleChoice" or "ShortAnswer".</summary>
    public string? Kind { get; set; }
    public string? PromptTh { get; set; }
    public string? PromptEn { get; set; }
    /// <summary>For choice questions: 2–10 options, those marked correct being the key (exactly one for a single choice).</summary>
    public List<OptionInput?>? Options { get; set; }
    /// <summary>For a short answer: 1–20 accepted answers, compared after normalising case, spaces and Unicode form.</summary>
    public List<string?>? AcceptedAnswers { get; set; }
}

public sealed class OptionInput
{
    public string? TextTh { get; set; }
    public string? TextEn { get; set; }
    public bool Correct { get; set; }
}
