using LearningCity.Common.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.OpenData;

/// <summary>/open-data: the downloads, their licences and how many rows each has.</summary>
public sealed class OpenDataPageModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<(OpenDataSet Set, int Rows)> Sets { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var sets = new List<(OpenDataSet, int)>();
        foreach (var set in OpenDataSets.All) sets.Add((set, await set.CountAsync(db)));
        Sets = sets;
    }
}
