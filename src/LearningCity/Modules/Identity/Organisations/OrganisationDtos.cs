namespace LearningCity.Modules.Identity.Organisations;

/// <summary>An organisation in the administration: Name is in the reader's language.</summary>
public sealed record OrganisationSummaryDto(int Id, string NameTh, string? NameEn, string Name, string? Website, int MemberCount, bool IsDemo);

public sealed record OrganisationMemberDto(Guid UserId, string Email, string DisplayName, DateTime GrantedAt);

public sealed record OrganisationDetailDto(
    int Id, string NameTh, string? NameEn, string Name, string? Website, bool IsDemo, DateTime CreatedAt, OrganisationMemberDto[] Members,
    uint Version);

/// <summary>The public face of a partner organisation (open data).</summary>
public sealed record PublicOrganisationDto(int Id, string NameTh, string? NameEn, string Name, string? Website);
