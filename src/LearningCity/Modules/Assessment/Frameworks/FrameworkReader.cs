using LearningCity.Common.Data;
using LearningCity.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Assessment;

public static class FrameworkReader
{
    /// <summary>A framework with its areas, focus areas and indicators, in their order.</summary>
    public static async Task<IndicatorFramework> LoadAsync(AppDbContext db, int id, CancellationToken ct, bool track = false)
    {
        var query = db.IndicatorFrameworks.Include(f => f.Areas).ThenInclude(a => a.FocusAreas).ThenInclude(f => f.Indicators).AsSplitQuery();
        var framework = await (track ? query : query.AsNoTracking()).FirstAsync(f => f.Id == id, ct);
        framework.Areas.Sort((x, y) => x.SortOrder.CompareTo(y.SortOrder));
        foreach (var area in framework.Areas)
        {
            area.FocusAreas.Sort((x, y) => x.SortOrder.CompareTo(y.SortOrder));
            foreach (var focus in area.FocusAreas) focus.Indicators.Sort((x, y) => x.SortOrder.CompareTo(y.SortOrder));
        }
        return framework;
    }
}
