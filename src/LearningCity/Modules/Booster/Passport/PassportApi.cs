using System.Security.Claims;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace LearningCity.Modules.Booster.Passport;

public sealed record PassportEntryDto(int Id, string Title, string? Description, DateOnly CompletedOn, decimal Hours, IReadOnlyList<int> TopicIds,
    string? EvidenceUrl, string? EvidenceFileName, bool Verified = false)
{
    public static PassportEntryDto Of(SelfDeclaredLearning d) => new(d.Id, d.Title, d.Description, d.CompletedOn, d.Hours, d.TopicIds, d.EvidenceUrl, d.EvidenceFileName);
}

public sealed record PassportDto(string DisplayName, bool IsPublic, string? PublicUrl, double VerifiedHours, double DeclaredHours,
    IReadOnlyList<object> Verified, IReadOnlyList<PassportEntryDto> SelfDeclared, IReadOnlyList<object> Badges,
    IReadOnlyList<object> TotalsBySkill, IReadOnlyList<object> TotalsByYear)
{
    public static PassportDto Of(PassportView v) => new(v.DisplayName, v.Profile.PassportIsPublic,
        v.Profile.PassportIsPublic ? $"/passport/{v.Profile.PublicSlug}" : null, v.VerifiedHours, v.DeclaredHours,
        v.Verified.Select(e => (object)new { e.RegistrationId, e.ActivityId, activity = e.Activity.Current, e.StartsAt, e.Hours, e.TopicIds, verified = true, source = e.Source, link = e.Url }).ToList(),
        v.Declared.Select(PassportEntryDto.Of).ToList(),
        v.Badges.Select(b => (object)new { b.Id, name = b.AchievementName.Current, b.IssuedAt, b.ExpiresAt, revoked = b.IsRevoked, url = b.Url }).ToList(),
        v.BySkill.Select(t => (object)new { topicId = t.Key, skill = t.Label.Current, t.VerifiedHours, t.DeclaredHours }).ToList(),
        v.ByYear.Select(t => (object)new { year = t.Key, label = t.Label.Current, t.VerifiedHours, t.DeclaredHours }).ToList());
}

public sealed record VisibilityRequest(bool IsPublic);

internal static class PassportApi
{
    public static void MapPassportApi(this WebApplication app)
    {
        app.MapGet("/me/passport.json", ExportAsync).RequireAuthorization().ExcludeFromDescription();
        var group = app.MapGroup("/api/v1/me/passport").WithTags("Learning passport").RequireAuthorization();
        group.MapGet("", GetAsync).WithName("GetMyPassport").WithSummary("The caller's learning passport: verified attendance, self-declared learning (unverified), badges, totals by skill and year.");
        group.MapPost("/self-declared", CreateAsync).WithName("AddSelfDeclaredLearning").Produces<PassportEntryDto>(201).ProducesValidationProblem();
        group.MapPut("/self-declared/{id:int}", UpdateAsync).WithName("UpdateSelfDeclaredLearning").Produces<PassportEntryDto>().ProducesValidationProblem().ProducesProblem(404);
        group.MapDelete("/self-declared/{id:int}", DeleteAsync).WithName("DeleteSelfDeclaredLearning");
        group.MapGet("/self-declared/{id:int}/evidence", EvidenceAsync).WithName("GetSelfDeclaredEvidence")
            .WithSummary("The evidence file of one of the caller's own self-declared entries (nobody else's).").ProducesProblem(404);
        group.MapPut("/visibility", VisibilityAsync).WithName("SetPassportVisibility").WithSummary("Opt in (or out) of the public passport page.");
    }

    private static async Task<IResult> GetAsync(ClaimsPrincipal user, UserManager<AppUser> users, LearningPassport passport, CancellationToken ct) =>
        TypedResults.Ok(PassportDto.Of((await passport.ForUserAsync(Id(user, users), ct))!));

    private static async Task<IResult> ExportAsync(ClaimsPrincipal user, UserManager<AppUser> users, LearningPassport passport, CancellationToken ct) =>
        Results.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(PassportDto.Of((await passport.ForUserAsync(Id(user, users), ct))!),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true }), "application/json", "learning-passport.json");

    private static async Task<IResult> EvidenceAsync(int id, ClaimsPrincipal user, UserManager<AppUser> users, PassportEntries entries, FileStore files,
        CancellationToken ct) =>
        await entries.FindAsync(Id(user, users), id, ct) is { EvidenceFile: { } name } entry && files.FindEvidence(name) is { } stored
            ? TypedResults.PhysicalFile(stored.Path, stored.ContentType, FileStore.DownloadName(entry.EvidenceFileName, name))
            : TypedResults.NotFound();

    private static async Task<IResult> CreateAsync(SelfDeclaredInput? body, ClaimsPrincipal user, UserManager<AppUser> users, PassportEntries entries, CancellationToken ct)
    {
        body ??= new SelfDeclaredInput();
        var errors = await entries.CheckAsync(body, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        var entry = await entries.CreateAsync(Id(user, users), body, null, ct);
        return TypedResults.Created($"/api/v1/me/passport/self-declared/{entry.Id}", PassportEntryDto.Of(entry));
    }

    private static async Task<IResult> UpdateAsync(int id, SelfDeclaredInput? body, ClaimsPrincipal user, UserManager<AppUser> users, PassportEntries entries, CancellationToken ct)
    {
        if (await entries.FindAsync(Id(user, users), id, ct) is not { } entry) return TypedResults.NotFound();
        body ??= new SelfDeclaredInput();
        var errors = await entries.CheckAsync(body, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        await entries.UpdateAsync(entry, body, null, ct);
        return TypedResults.Ok(PassportEntryDto.Of(entry));
    }

    private static async Task<IResult> DeleteAsync(int id, ClaimsPrincipal user, UserManager<AppUser> users, PassportEntries entries, CancellationToken ct) =>
        await entries.DeleteAsync(Id(user, users), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<IResult> VisibilityAsync(VisibilityRequest body, ClaimsPrincipal user, UserManager<AppUser> users, LearningPassport passport,
        PassportEntries entries, CancellationToken ct)
    {
        var profile = await passport.ProfileAsync(Id(user, users), ct);
        await entries.SetPublicAsync(profile, body.IsPublic, ct);
        return TypedResults.Ok(new { isPublic = profile.PassportIsPublic, publicUrl = profile.PassportIsPublic ? $"/passport/{profile.PublicSlug}" : null });
    }

    private static Guid Id(ClaimsPrincipal user, UserManager<AppUser> users) => Guid.Parse(users.GetUserId(user)!);
}
