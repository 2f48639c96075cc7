using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Booster.Activities;

/// <summary>Creating, changing and (un)publishing an activity, audited and logged for search.</summary>
public sealed class ActivityEditing(AppDbContext db, AuditLog audit, TimeProvider time)
    : PublishedItemEditing<Activity>(db, audit, time, ActivitySearch.TypeName, "Activity")
{
    protected override object Snapshot(Activity a) => new
    {
        a.Title.Th, a.Title.En, a.Kind, a.AgeGroups, a.Level, a.Mode, a.LearningSpaceId, a.OnlineUrl, a.ProvinceCode,
        a.IsFree, a.FeeBaht, a.RegistrationOpensAt, a.RegistrationClosesAt, a.Language, a.CityId, a.OrganisationId, a.Status,
        Topics = a.Topics.Select(t => t.TopicId).Order().ToList(),
    };
}

public static class ActivitySearch
{
    public const string TypeName = "activity";
}
