using LearningCity.Common.Localization;
using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text.Json;
using LearningCity.Common.Api;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Modules.Identity.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Audit.Entries;

/// <param name="Actor">"System", "Account" or "DeletedAccount".</param>
/// <param name="ActorName">The account's current display name, or "system" / "deleted account" in the caller's language.</param>
public sealed record AuditEntryDto(
    long Id, DateTime At, string Actor, Guid? ActorId, string ActorName, string Action, string EntityType, string EntityId,
    JsonElement? Before, JsonElement? After);

/// <summary>
/// The filters of the audit log, the same for the page and the API. Action matches exactly or as a prefix of
/// dot-separated names ("user.role" finds "user.role.grant" and "user.role.revoke"); dates are Thai calendar days.
/// </summary>
public sealed class AuditQuery
{
    [MaxLength(100, ErrorMessage = "Validation.MaxLength"), Display(Name = "Audit.Action")]
    public string? Action { get; set; }

    [MaxLength(100, ErrorMessage = "Validation.MaxLength"), Display(Name = "Audit.EntityType")]
    public string? EntityType { get; set; }

    /// <summary>Part of the acting account's e-mail or current display name.</summary>
    [MaxLength(256, ErrorMessage = "Validation.MaxLength"), Display(Name = "Audit.Actor")]
    public string? Actor { get; set; }

    [Display(Name = "Audit.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Audit.To")]
    public DateOnly? To { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    public bool HasDateRangeError() => From is { } from && To is { } to && from > to;
}

public sealed class AuditSearch(AppDbContext db, AccountDirectory accounts, JsonStringLocalizer l)
{
    // Thailand is UTC+7 all year: a Thai calendar day starts at 17:00 UTC the day before.
    private static readonly TimeSpan ThaiOffset = ThaiTime.Offset;

    public async Task<Paged<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            var prefix = action + ".";
            entries = entries.Where(e => e.Action == action || e.Action.StartsWith(prefix));
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            var type = query.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == type);
        }
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            // The log keeps only account ids: the text is looked up among the accounts as they are now.
            var actors = await accounts.MatchingAsync(query.Actor, MaxMatchingActors, ct);
            entries = entries.Where(e => e.ActorId != null && actors.Contains(e.ActorId.Value));
        }
        if (query.From is { } from)
        {
            var start = StartOfThaiDay(from);
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = StartOfThaiDay(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }
        return await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToPagedAsync(PageRequest.From(query.Page, query.PageSize), ct);
    }

    public Task<List<string>> EntityTypesAsync(CancellationToken ct) =>
        db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);

    private const int MaxMatchingActors = 500;

    /// <summary>Who acted in each entry, by entry id: the account's current display name, or "system" / "deleted account".</summary>
    public async Task<Dictionary<long, string>> ActorNamesAsync(IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        var list = entries.ToList();
        var names = await accounts.DisplayNamesAsync(list.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value), ct);
        return list.ToDictionary(e => e.Id, e => e.ActorKind switch
        {
            AuditActorKind.Account when e.ActorId is { } id && names.TryGetValue(id, out var name) => name,
            AuditActorKind.System => l["Audit.System"].Value,
            _ => l[DeletedAccount.LabelKey].Value,
        });
    }

    public static AuditEntryDto ToDto(AuditEntry e, string actorName) =>
        new(e.Id, e.At, e.ActorKind.ToString(), e.ActorId, actorName, e.Action, e.EntityType, e.EntityId, Parse(e.Before), Parse(e.After));

    /// <summary>Indented for people; Thai stays readable instead of \u escapes (the page encodes it as text).</summary>
    public static string? Pretty(string? json)
    {
        if (Parse(json) is not { } element) return null;
        return JsonSerializer.Serialize(element, PrettyJson);
    }

    private static readonly JsonSerializerOptions PrettyJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // An entry written by hand or by an older version: keep its text rather than lose it.
            return JsonSerializer.SerializeToElement(json);
        }
    }

    private static DateTime StartOfThaiDay(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ThaiOffset, DateTimeKind.Utc);
}
