namespace LearningCity.Modules.Audit;

public static class AuditModule
{
    public static void AddAuditModule(this WebApplicationBuilder builder) { }

    public static void MapAudit(this WebApplication app) { }
}
