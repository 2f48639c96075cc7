using System.ComponentModel.DataAnnotations;

namespace LearningCity.Modules.Identity.UserAdmin;

public sealed record CityScopeDto(int CityId, string Name);

public sealed record MembershipDto(int OrganisationId, string Name);

public sealed record UserSummaryDto(
    Guid Id, string Email, string DisplayName, bool TwoFactorEnabled, string[] Roles, CityScopeDto[] Cities, MembershipDto[] Organisations);

/// <summary>
/// NeedsTwoFactorSetup: the user holds Admin or Judge without two-factor authentication, so they will be sent
/// to set it up at their next log-in before they can use that role.
/// </summary>
public sealed record UserDetailDto(
    Guid Id, string Email, string DisplayName, bool EmailConfirmed, bool TwoFactorEnabled, bool NeedsTwoFactorSetup,
    DateTime CreatedAt, string[] Roles, CityScopeDto[] Cities, MembershipDto[] Organisations);

public sealed class RoleRequest
{
    [Required(ErrorMessage = "Validation.Choose"), MaxLength(50, ErrorMessage = "Validation.MaxLength"), Display(Name = "UserAdmin.Role")]
    public string? Role { get; init; }
}

public sealed class CityScopeRequest
{
    [Required(ErrorMessage = "Validation.Choose"), Range(1, int.MaxValue, ErrorMessage = "Validation.Range"), Display(Name = "UserAdmin.City")]
    public int? CityId { get; init; }
}

public sealed class MembershipRequest
{
    [Required(ErrorMessage = "Validation.Choose"), Range(1, int.MaxValue, ErrorMessage = "Validation.Range"), Display(Name = "Organisations.Organisation")]
    public int? OrganisationId { get; init; }
}
