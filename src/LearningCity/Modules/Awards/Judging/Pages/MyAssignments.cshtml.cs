using LearningCity.Common.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Awards.Judging.Pages;

[Authorize(Policy = Policies.Judge)]
public sealed class MyAssignmentsModel(JudgeReading reading) : PageModel
{
    public List<MyAssignmentDto> Assignments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Assignments = await reading.MineAsync(User, ct);
}
