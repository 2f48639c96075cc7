namespace LearningCity.Modules.Credentials.Public;

/// <summary>Who receives a credential: a person (identified by a salted hash of their e-mail) or a city (by its URL).</summary>
public sealed record CredentialRecipient
{
    public Guid? UserId { get; private init; }
    public string? Email { get; private init; }
    public int? CityId { get; private init; }
    public string DisplayName { get; private init; } = "";

    public static CredentialRecipient Person(Guid userId, string email, string displayName) =>
        new() { UserId = userId, Email = email, DisplayName = displayName };

    public static CredentialRecipient City(int cityId, string name) => new() { CityId = cityId, DisplayName = name };
}

/// <summary>A credential that was issued (or already existed for the same source).</summary>
public sealed record IssuedCredentialResult(Guid Id, string Jwt, bool IsNew)
{
    public string Url => $"/credentials/{Id}";
}
