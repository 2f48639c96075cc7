namespace LearningCity.Modules.Forum.Posting;

/// <summary>What a forum action ended in: the value, or a refusal with its HTTP status and a localized message (nothing saved).</summary>
public sealed record ForumOutcome<T>(T? Value, int Status = StatusCodes.Status200OK, string? Field = null, string? Error = null)
{
    public bool Ok => Error is null;

    public static ForumOutcome<T> Done(T value) => new(value);

    public static ForumOutcome<T> Refused(int status, string error, string? field = null) => new(default, status, field, error);

    public ForumOutcome<TOther> As<TOther>() => new(default, Status, Field, Error);

    /// <summary>The API's answer for a refusal: field errors as a validation problem, the rest as ProblemDetails.</summary>
    public IResult Problem() => Field is not null
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Field] = [Error ?? ""] })
        : TypedResults.Problem(statusCode: Status, detail: Error);
}

public sealed class ForumOptions
{
    /// <summary>Posts (topics and replies) one account may write within <see cref="RateWindowSeconds"/>.</summary>
    public int PostsPerWindow { get; set; } = 8;
    public int RateWindowSeconds { get; set; } = 300;
}
