using LearningCity.Common.Localization;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Administration;

internal static class OrganisationTestData
{
    public static string Token() => Guid.NewGuid().ToString("N")[..10];

    public static Task<int> AddOrganisationAsync(this AppFactory factory, string nameTh, string? nameEn = null, string? website = null) =>
        factory.WithDbAsync(async db =>
        {
            var organisation = new Organisation
            {
                Name = new BilingualText(nameTh, nameEn), Website = website,
                CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

    public static Task<int[]> MembershipsOfAsync(this AppFactory factory, Guid userId) =>
        factory.WithDbAsync(db => db.OrganisationMemberships.Where(m => m.UserId == userId)
            .Select(m => m.OrganisationId).OrderBy(id => id).ToArrayAsync());

    public static Task<Organisation> OrganisationAsync(this AppFactory factory, int id) =>
        factory.WithDbAsync(db => db.Organisations.AsNoTracking().FirstAsync(o => o.Id == id));

    /// <summary>The audit entries of one entity, oldest first.</summary>
    public static Task<List<Common.Audit.AuditEntry>> AuditOfAsync(this AppFactory factory, string entityType, object entityId) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == entityType && e.EntityId == entityId.ToString())
            .OrderBy(e => e.Id).ToListAsync());

    /// <summary>The body POST /api/v1/spaces accepts for a park published by an organisation.</summary>
    public static object ParkFor(int organisationId) => new
    {
        nameTh = $"สวนสาธารณะทดสอบ {Token()}",
        type = "Park",
        provinceCode = "TH-50",
        organisationId,
        latitude = 18.8,
        longitude = 98.95,
    };
}
