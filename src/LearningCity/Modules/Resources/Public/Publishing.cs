namespace LearningCity.Modules.Resources.Public;

/// <summary>Where an item is in its life: only Published items are public and searchable.</summary>
public enum PublicationStatus
{
    Draft = 0,
    Published = 1,
    Unpublished = 2,
    /// <summary>Taken down by a moderator after a report; only an admin can publish it again.</summary>
    Removed = 3,
}

/// <summary>Who publishes an item: a learning city, or a partner organisation.</summary>
public interface IPublishedItem
{
    int Id { get; }
    int? CityId { get; }
    int? OrganisationId { get; }
    PublicationStatus Status { get; }
    Guid CreatedBy { get; }
}

/// <summary>What the shared editing workflow changes on an item (see Publishing/PublishedItemEditing).</summary>
public interface IEditableItem : IPublishedItem
{
    new PublicationStatus Status { get; set; }
    new Guid CreatedBy { get; set; }
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
    uint Version { get; set; }
}
