using LearningCity.Common.Localization;
using LearningCity.Modules.Mentoring.Data;
using LearningCity.Modules.Mentoring.Pairs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Mentoring.Pages;

/// <summary>
/// A pair: cities, focus, goals and status for anyone once active; people, meetings and notes for its people, both
/// cities' coordinators and admins; answering, ending and recording for those allowed. Hidden (404) from those who may not see it.
/// </summary>
public sealed class PairPageModel(PairRecords records, PairRequests requests, PairReader reader, PairAccess access, PairForumSpace space, JsonStringLocalizer l) : PageModel
{
    public PairDto Pair { get; private set; } = null!;
    public PairRights Rights { get; private set; } = null!;
    public bool CanAnswer { get; private set; }
    public string? Error { get; private set; }
    /// <summary>The pair's private forum space, for those who read its notes, once the pair is active.</summary>
    public string? ForumUrl { get; private set; }
    [BindProperty] public MeetingInput Meeting { get; set; } = new();
    [BindProperty] public NoteInput Note { get; set; } = new();
    [BindProperty] public PersonInput Person { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) is null ? NotFound() : Page();

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) => ActAsync(id, p => requests.AnswerAsync(p, true, User, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct) => ActAsync(id, p => requests.AnswerAsync(p, false, User, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) => ActAsync(id, p => requests.EndAsync(p, PairStatus.Withdrawn, User, ct), ct);

    public Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct) => ActAsync(id, p => requests.EndAsync(p, PairStatus.Completed, User, ct), ct);

    public Task<IActionResult> OnPostMeetingAsync(int id, CancellationToken ct) =>
        ActAsync(id, p => records.AddMeetingAsync(p, Meeting, User, ct), ct, (nameof(Meeting), Meeting));

    public Task<IActionResult> OnPostNoteAsync(int id, CancellationToken ct) => ActAsync(id, p => records.AddNoteAsync(p, Note, User, ct), ct, (nameof(Note), Note));

    public Task<IActionResult> OnPostPersonAsync(int id, CancellationToken ct) => ActAsync(id, p => records.AddPersonAsync(p, Person, User, ct), ct, (nameof(Person), Person));

    private async Task<IActionResult> ActAsync(int id, Func<MentoringPair, Task<PairOutcome>> act, CancellationToken ct,
        (string Prefix, object Input)? form = null)
    {
        var pair = await LoadAsync(id, ct);
        if (pair is null) return NotFound();
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        // Only the form that was sent is validated (the page carries three), and validated even when none of its fields came.
        var bindingErrors = form is { } f ? ModelState.Where(e => e.Key.StartsWith(f.Prefix + ".", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 }).ToList() : [];
        ModelState.Clear();
        if (form is { } sent)
        {
            TryValidateModel(sent.Input, sent.Prefix);
            foreach (var (key, entry) in bindingErrors) foreach (var e in entry!.Errors) ModelState.AddModelError(key, e.ErrorMessage);
        }
        if (!ModelState.IsValid)
        {
            if (!Rights.CanReadNotes) return StatusCode(StatusCodes.Status403Forbidden);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await act(pair);
        if (outcome.Refused)
        {
            if (outcome.Status == 403 && form is null) return StatusCode(403);
            Error = l[outcome.Error!].Value;
            Response.StatusCode = outcome.Status;
            await LoadAsync(id, ct);
            return Page();
        }
        return Redirect($"/mentoring/pairs/{id}");
    }

    private async Task<MentoringPair?> LoadAsync(int id, CancellationToken ct)
    {
        var pair = await records.FindAsync(id, ct);
        if (pair is null) return null;
        Rights = await access.RightsAsync(User, pair, ct);
        if (!Rights.CanView) return null;
        Pair = (await reader.ToDtosAsync([pair], _ => Rights, ct))[0];
        ForumUrl = Rights.CanReadNotes ? (await space.FindAsync(pair.Id, ct))?.Url : null;
        CanAnswer = pair.Status == PairStatus.Proposed && Rights.CanRespondFor(pair) && CityAccessUserId() != pair.RequestedBy;
        return pair;
    }

    private Guid? CityAccessUserId() => Cities.Public.CityAccess.UserId(User);
}
