using LearningCity.Common.Web;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningCity.Common.Content;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;
using LearningCity.Modules.Resources.Public;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Booster.Activities;

public sealed class ActivityDetailModel(AppDbContext db, PublisherAccess access, ActivityEditing editing, MarkdownRenderer markdown, TimeProvider time, SiteAddress site, UserManager<AppUser> users, ISeats seats) : PageModel
{
    public Activity Activity { get; private set; } = null!;
    public string DescriptionHtml { get; private set; } = "";
    public BilingualText? SpaceName { get; private set; }
    public int? SpaceId { get; private set; }
    public BilingualText? PublisherName { get; private set; }
    public IReadOnlyList<BilingualText> TopicNames { get; private set; } = [];
    public DateTime Now { get; private set; }
    public bool CanEdit { get; private set; }
    public string JsonLd { get; private set; } = "";
    /// <summary>The signed-in learner's live registrations here, by session id.</summary>
    public Dictionary<int, MySeat> MySeats { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        Now = time.GetUtcNow().UtcDateTime;
        DescriptionHtml = markdown.ToSafeHtml(Activity.Description.Current);
        if (Activity.LearningSpaceId is { } spaceId)
        {
            SpaceId = spaceId;
            SpaceName = await db.LearningSpaces.AsNoTracking().Where(s => s.Id == spaceId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        }
        PublisherName = Activity.CityId is { } cityId
            ? await db.Cities.AsNoTracking().Where(c => c.Id == cityId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            : await db.Organisations.AsNoTracking().Where(o => o.Id == Activity.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var topicIds = Activity.Topics.Select(t => t.TopicId).ToList();
        TopicNames = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync(ct);
        JsonLd = EventJsonLd(site.Origin);
        if (Guid.TryParse(users.GetUserId(User), out var userId))
            MySeats = await Registrations.MySeats.InActivityAsync(db, seats, userId, id, ct);
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Published, ct);

    public Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct) => SetStatusAsync(id, PublicationStatus.Unpublished, ct);

    private async Task<IActionResult> SetStatusAsync(int id, PublicationStatus status, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing) return missing;
        if (!CanEdit) return StatusCode(StatusCodes.Status403Forbidden);
        var outcome = await editing.SetStatusAsync(Activity, status, User, ct);
        if (outcome != SaveOutcome.Saved) return StatusCode(outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status403Forbidden);
        return Redirect($"/activities/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var activity = await ActivityQuery.FindAsync(db, id, true, ct);
        // Drafts do not exist for the public: 404, not 403, so nothing leaks.
        if (activity is null || !await access.CanViewAsync(User, activity, ct)) return NotFound();
        Activity = activity;
        CanEdit = await access.CanEditAsync(User, activity, ct);
        return null;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>schema.org Event, one per activity with its sessions as subEvents; "&lt;" escaped so it cannot end the script element.</summary>
    private string EventJsonLd(string site)
    {
        var a = Activity;
        var url = $"{site}/activities/{a.Id}";
        var sessions = a.Sessions.Where(s => s.Status == SessionStatus.Scheduled).OrderBy(s => s.StartsAt).ToList();
        var location = a.Mode == ActivityMode.Online
            ? (JsonNode)new JsonObject { ["@type"] = "VirtualLocation", ["url"] = a.OnlineUrl }
            : new JsonObject
            {
                ["@type"] = "Place", ["name"] = SpaceName?.Current ?? PublisherName?.Current ?? "",
                ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressRegion"] = a.ProvinceCode, ["addressCountry"] = "TH" },
            };
        var node = new JsonObject
        {
            ["@context"] = "https://schema.org", ["@type"] = "Event", ["@id"] = url, ["url"] = url, ["name"] = a.Title.Current,
            ["description"] = a.Description.Current, ["inLanguage"] = a.Language, ["isAccessibleForFree"] = a.IsFree,
            ["eventAttendanceMode"] = a.Mode switch
            {
                ActivityMode.Online => "https://schema.org/OnlineEventAttendanceMode",
                ActivityMode.Hybrid => "https://schema.org/MixedEventAttendanceMode",
                _ => "https://schema.org/OfflineEventAttendanceMode",
            },
            ["eventStatus"] = sessions.Count > 0 ? "https://schema.org/EventScheduled" : "https://schema.org/EventCancelled",
            ["location"] = location,
            ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = PublisherName?.Current ?? "" },
            ["offers"] = new JsonObject { ["@type"] = "Offer", ["price"] = a.IsFree ? 0 : a.FeeBaht, ["priceCurrency"] = "THB", ["url"] = url },
        };
        if (sessions.Count > 0)
        {
            node["startDate"] = sessions[0].StartsAt.ToString("O");
            node["endDate"] = sessions[^1].EndsAt.ToString("O");
            node["subEvent"] = new JsonArray(sessions.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "Event", ["name"] = a.Title.Current, ["startDate"] = s.StartsAt.ToString("O"), ["endDate"] = s.EndsAt.ToString("O"),
                ["maximumAttendeeCapacity"] = s.Capacity, ["remainingAttendeeCapacity"] = Math.Max(0, s.Capacity - s.ConfirmedCount),
            }).ToArray());
        }
        return node.ToJsonString(JsonOptions).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
