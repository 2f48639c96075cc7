using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Spaces;

/// <summary>Creating, changing and (un)publishing a learning space.</summary>
public sealed class SpaceEditing(AppDbContext db, AuditLog audit, TimeProvider time)
    : PublishedItemEditing<LearningSpace>(db, audit, time, "space", "LearningSpace")
{
    protected override object Snapshot(LearningSpace item) => SpaceSnapshot.Of(item);
}
