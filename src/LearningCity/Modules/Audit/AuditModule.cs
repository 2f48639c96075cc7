using LearningCity.Modules.Audit.Entries;

namespace LearningCity.Modules.Audit;

public static class AuditModule
{
    public static void AddAuditModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditSearch>();
        builder.Services.AddScoped<Identity.Public.IPersonalData, Privacy.AuditPersonalData>();
    }

    public static void MapAudit(this WebApplication app)
    {
        app.MapAuditApi();
    }
}
