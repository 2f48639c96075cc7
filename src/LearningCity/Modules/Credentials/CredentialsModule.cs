using LearningCity.Modules.Credentials.Profiles;
using LearningCity.Modules.Credentials.Public;
using LearningCity.Modules.Credentials.Revocation;
using LearningCity.Modules.Credentials.Signing;
using LearningCity.Modules.Credentials.Verification;

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
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddScoped<OpenBadgeDocuments>();
        builder.Services.AddScoped<CredentialIssuer>();
        builder.Services.AddScoped<CredentialVerifier>();
        builder.Services.AddScoped<CredentialRevocation>();
    }

    public static void MapCredentials(this WebApplication app)
    {
        app.MapCredentialsApi();
    }
}
