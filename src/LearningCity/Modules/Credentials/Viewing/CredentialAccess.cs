using System.Security.Claims;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Revocation;

namespace LearningCity.Modules.Credentials.Viewing;

/// <summary>
/// The public page shows a credential to anyone; the signed file (whose identifier could confirm a guessed e-mail)
/// is downloaded only by its recipient (for a city: its editors) and by its issuer.
/// </summary>
public sealed class CredentialAccess(CityAccess cities, CredentialRevocation revocation)
{
    public async Task<bool> MayDownloadAsync(ClaimsPrincipal user, IssuedCredential credential, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (credential.RecipientUserId is { } owner && CityAccess.UserId(user) == owner) return true;
        if (credential.RecipientCityId is { } city && await cities.CanEditAsync(user, city, ct)) return true;
        return await revocation.MayRevokeAsync(user, credential.AchievementId, ct);
    }

    public static object JsonDownload(IssuedCredential credential) => new
    {
        id = $"urn:uuid:{credential.Id}",
        format = "vc+jwt",
        jwt = credential.Jwt,
        credential = Signing.CredentialJws.TryRead(credential.Jwt)?.Payload,
    };
}
