using LearningCity.Modules.Credentials.Public;

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
    }

    public static void MapCredentials(this WebApplication app)
    {
    }
}
