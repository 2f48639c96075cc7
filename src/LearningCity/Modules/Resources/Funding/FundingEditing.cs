using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>Creating, changing and (un)publishing a funding source.</summary>
public sealed class FundingEditing(AppDbContext db, AuditLog audit, TimeProvider time)
    : PublishedItemEditing<FundingSource>(db, audit, time, "funding", "FundingSource")
{
    protected override object Snapshot(FundingSource item) => FundingSnapshot.Of(item);
}
