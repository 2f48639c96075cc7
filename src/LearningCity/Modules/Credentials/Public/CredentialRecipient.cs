namespace LearningCity.Modules.Credentials.Public;

/// <summary>Who receives a credential: a person (by account) or a city (by id), exactly one.</summary>
public sealed record CredentialRecipient
{
    public Guid? UserId { get; }
    public int? CityId { get; }

    private CredentialRecipient(Guid? userId, int? cityId) => (UserId, CityId) = (userId, cityId);

    public static CredentialRecipient Person(Guid userId) => new(userId, null);
    public static CredentialRecipient City(int cityId) => new(null, cityId);
}
