namespace LearningCity.Modules.Academy.Enrolling;

/// <summary>Why a learner's step was refused: a string key (Academy.Error.*) in the reader's language and the HTTP status it answers.</summary>
public sealed record Refusal(string Key, int Status)
{
    public static Refusal Conflict(string name) => new($"Academy.Error.{name}", StatusCodes.Status409Conflict);

    public static Refusal Invalid(string name) => new($"Academy.Error.{name}", StatusCodes.Status400BadRequest);
}
