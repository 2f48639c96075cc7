using LearningCity.Modules.Credentials.Issuing;
using LearningCity.Modules.Credentials.Keys;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Credentials.Revocation;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Modules.Credentials.Verification;
using LearningCity.Modules.Credentials.Viewing;

namespace LearningCity.Modules.Credentials;

/// <summary>
/// Open Badges 3.0 credentials for the whole platform (Booster badges, award results): achievements, signing keys,
/// issuing, verifying and revoking.
/// </summary>
public static class CredentialsModule
{
    public static void AddCredentialsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CredentialRecords>();
        builder.Services.AddScoped<Identity.Public.IPersonalData, Privacy.CredentialPersonalData>();
        builder.Services.AddScoped<SigningKeyStore>();
        builder.Services.AddScoped<OpenBadgeDocuments>();
        builder.Services.AddScoped<CredentialIssuer>();
        builder.Services.AddScoped<AchievementDefinitions>();
        builder.Services.AddScoped<CredentialVerifier>();
        builder.Services.AddScoped<CredentialRevocation>();
        builder.Services.AddScoped<CredentialAccess>();
    }

    public static void MapCredentials(this WebApplication app)
    {
        app.MapCredentialsApi();
        app.MapCredentialDownload();
        app.MapSigningKeysApi();
    }
}
