using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Booster.Attendance;

[Authorize]
public sealed class RosterModel(SessionRoster roster, SessionAttendance attendance, JsonStringLocalizer l) : PageModel
{
    public Activity Activity { get; private set; } = null!;
    public ActivitySession Session { get; private set; } = null!;
    public List<RosterEntry> Entries { get; private set; } = [];
    /// <summary>The outcome of the last ticket check, shown above the form.</summary>
    public (bool Ok, string Message)? Result { get; private set; }

    [BindProperty] public string? TicketCode { get; set; }
    [BindProperty] public List<int> Attended { get; set; } = [];

    public Task<IActionResult> OnGetAsync(int id, int sessionId, CancellationToken ct) => ShowAsync(id, sessionId, null, ct);

    public async Task<IActionResult> OnPostCodeAsync(int id, int sessionId, CancellationToken ct)
    {
        if (await OpenAsync(id, sessionId, ct) is { } denied) return denied;
        var (check, registration) = await attendance.MarkByCodeAsync(Activity, Session, TicketCode, User, ct);
        var message = string.Format(System.Globalization.CultureInfo.CurrentCulture, l[SessionAttendance.MessageKey(check)], SessionAttendance.Normalize(TicketCode));
        if (check != TicketCheck.Marked) Response.StatusCode = check == TicketCheck.UnknownCode ? 404 : 409;
        else TicketCode = null;
        ModelState.Clear();
        return await ShowAsync(id, sessionId, (check == TicketCheck.Marked, message), ct);
    }

    public async Task<IActionResult> OnPostBulkAsync(int id, int sessionId, CancellationToken ct)
    {
        if (await OpenAsync(id, sessionId, ct) is { } denied) return denied;
        var marked = await attendance.MarkManyAsync(Activity, Session, Attended, User, ct);
        TempData["Flash"] = marked == 0 ? "Attendance.Flash.NoneMarked" : "Attendance.Flash.Marked";
        return Redirect(SessionRoster.Path(id, sessionId));
    }

    public async Task<IActionResult> OnPostUnmarkAsync(int id, int sessionId, int registrationId, CancellationToken ct)
    {
        if (await OpenAsync(id, sessionId, ct) is { } denied) return denied;
        if (!await attendance.UnmarkAsync(Session, registrationId, ct)) return NotFound();
        TempData["Flash"] = "Attendance.Flash.Unmarked";
        return Redirect(SessionRoster.Path(id, sessionId));
    }

    private async Task<IActionResult> ShowAsync(int id, int sessionId, (bool, string)? result, CancellationToken ct)
    {
        if (Activity is null && await OpenAsync(id, sessionId, ct) is { } denied) return denied;
        Entries = await roster.EntriesAsync(sessionId, ct);
        Result = result;
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(int id, int sessionId, CancellationToken ct)
    {
        var (access, activity, session) = await roster.OpenAsync(User, id, sessionId, ct);
        if (access == RosterAccess.NotFound) return NotFound();
        if (access == RosterAccess.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
        (Activity, Session) = (activity!, session!);
        return null;
    }
}
