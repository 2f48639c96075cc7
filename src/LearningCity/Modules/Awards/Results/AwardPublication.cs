using System.Security.Claims;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Awards.Data;
using LearningCity.Modules.Cities.Public;
using LearningCity.Modules.Credentials.Data;
using LearningCity.Modules.Credentials.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Awards.Results;

public enum PublishOutcome { Published, NotFound, NotLocked, AlreadyPublished }

/// <summary>
/// Publishes a locked cycle's results: the cycle's award achievement is created and every winning city receives an
/// Open Badges 3.0 credential through the Credentials module, in the same transaction as the publication.
/// </summary>
public sealed class AwardPublication(AppDbContext db, CredentialIssuer issuer, AuditLog audit, TimeProvider time)
{
    public async Task<PublishOutcome> PublishAsync(int cycleId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cycle = await db.AwardCycles.FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return PublishOutcome.NotFound;
        if (cycle.PublishedAt is not null) return PublishOutcome.AlreadyPublished;
        if (cycle.LockedAt is null) return PublishOutcome.NotLocked;
        var by = CityAccess.UserId(user) ?? Guid.Empty;
        var now = time.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var achievement = Achievement(cycle, by, now);
        db.Achievements.Add(achievement);
        await db.SaveChangesAsync(ct);
        cycle.AchievementId = achievement.Id;

        var winners = await (from a in db.AwardApplications
                             join c in db.Cities on a.CityId equals c.Id
                             where a.CycleId == cycleId && a.Status == ApplicationStatus.Submitted && a.Outcome == AwardOutcome.Winner
                             orderby a.Id
                             select new { Application = a, c.Name }).ToListAsync(ct);
        foreach (var w in winners)
        {
            var credential = await issuer.IssueAsync(achievement.Id, CredentialRecipient.City(w.Application.CityId, w.Name.Th),
                $"award-application:{w.Application.Id}", by, ct);
            w.Application.CredentialId = credential.Id;
        }
        cycle.PublishedAt = now;
        cycle.Version++;
        audit.Record("awards.results.publish", "AwardCycle", cycle.Id, null,
            new { cycle.PublishedAt, Winners = winners.Select(w => w.Application.Id).ToList(), AchievementId = achievement.Id }, user);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return PublishOutcome.Published;
    }

    private static Achievement Achievement(AwardCycle cycle, Guid by, DateTime now) => new()
    {
        Name = new BilingualText($"รางวัลเมืองแห่งการเรียนรู้ประเทศไทย ประจำปี {cycle.YearBe}", $"Thailand Learning City Award {cycle.YearBe - 543}"),
        Description = new BilingualText(
            $"มอบให้เมืองที่คณะกรรมการตัดสินให้ได้รับรางวัลใน{cycle.Name.Th}",
            $"Awarded to the cities the panel chose as winners of {cycle.Name.En ?? cycle.Name.Th}"),
        Criteria = new BilingualText(
            "ตัดสินโดยคณะกรรมการตามเกณฑ์ที่ถ่วงน้ำหนัก: ความมุ่งมั่นของผู้นำและแผนพัฒนา ผลลัพธ์ที่ตรวจสอบได้ การขยายพื้นที่การเรียนรู้ นวัตกรรมและเทคโนโลยี และการวางแผนเพื่ออนาคต",
            "Decided by the judging panel on weighted criteria: leadership and plans, verifiable outcomes, learning spaces, innovation and technology, and planning for the future"),
        Type = AchievementType.Award, IsDemo = cycle.IsDemo, CreatedBy = by, CreatedAt = now, UpdatedAt = now, Version = 1,
    };
}
