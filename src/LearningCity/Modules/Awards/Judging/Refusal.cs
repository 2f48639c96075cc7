using LearningCity.Common.Localization;

namespace LearningCity.Modules.Awards.Judging;

/// <summary>Why a judging action was refused: an HTTP status, a string key with its arguments, and conflict reasons if any.</summary>
public sealed record Refusal(int Status, string Key, object[] Arguments, IReadOnlyList<ConflictReason>? Conflicts = null)
{
    public static Refusal NotFound => new(404, "Awards.Judging.Error.NotFound", []);
    public static Refusal Locked => new(409, "Awards.Judging.Error.Locked", []);
    public static Refusal Stale => new(409, "Awards.Judging.Error.Stale", []);
    public static Refusal Of(int status, string key, params object[] arguments) => new(status, key, arguments);
    public static Refusal Conflict(IReadOnlyList<ConflictReason> reasons) => new(409, "Awards.Judging.Conflict.Refused", [], reasons);

    /// <summary>The message in the current UI language; for a conflict, every reason is named.</summary>
    public string Message(JsonStringLocalizer l) => Conflicts is { Count: > 0 } reasons
        ? l[Key, string.Join("; ", reasons.Select(r => r.Message(l)))].Value
        : l[Key, Arguments].Value;

    public IResult ToProblem(JsonStringLocalizer l)
    {
        var extensions = Conflicts is { Count: > 0 } reasons
            ? new Dictionary<string, object?> { ["reasons"] = reasons.Select(r => new { code = r.Kind.ToString(), message = r.Message(l) }).ToList() }
            : null;
        return TypedResults.Problem(statusCode: Status, detail: Message(l), extensions: extensions);
    }
}

/// <summary>A value, or the refusal that stopped it.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);

    public IResult ToResult(JsonStringLocalizer l, Func<T, IResult> ok) => Refusal is { } r ? r.ToProblem(l) : ok(Value!);
}
