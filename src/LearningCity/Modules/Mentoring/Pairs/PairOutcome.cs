using LearningCity.Modules.Mentoring.Data;

namespace LearningCity.Modules.Mentoring.Pairs;

/// <summary>What a change to a pair came to: the pair, or a refusal (status, string key, and the field it is about if any).</summary>
public sealed record PairOutcome(MentoringPair? Pair, int Status = 200, string? Error = null, string? Field = null)
{
    public bool Refused => Error is not null;

    public static PairOutcome Refuse(int status, string error, string? field = null) => new(null, status, error, field);

    public static implicit operator PairOutcome(MentoringPair pair) => new(pair);
}
