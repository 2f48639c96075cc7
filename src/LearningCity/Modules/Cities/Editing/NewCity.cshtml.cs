using LearningCity.Common.Audit;
using LearningCity.Common.Auth;
using LearningCity.Common.Data;
using LearningCity.Common.Files;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Cities.Editing;

[Authorize(Policy = Policies.SignedIn)]
public sealed class NewCityModel(AppDbContext db, CityRules rules, FileStore files, CityCreation creation, JsonStringLocalizer l)
    : CityFormPageModel(db, rules, files)
{
    public async Task OnGetAsync(CancellationToken ct) => await LoadListsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ValidateInputAsync(ct))
        {
            await LoadListsAsync(ct);
            return Page();
        }
        var (logoOk, logo) = await SaveLogoAsync(l, ct);
        if (!logoOk)
        {
            await LoadListsAsync(ct);
            return Page();
        }
        var city = await creation.CreateAsync(Input, logo, User, ct);
        TempData["Flash"] = city.Status == CityStatus.Approved ? "Cities.New.Created" : "Cities.New.Proposed";
        return Redirect($"/cities/{city.Id}");
    }
}

/// <summary>A new city: an admin's is approved at once; anyone else's waits for an admin as a proposal.</summary>
public sealed class CityCreation(AppDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<City> CreateAsync(CityInput input, string? logo, System.Security.Claims.ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var city = new City
        {
            Status = CityAccess.IsAdmin(user) ? CityStatus.Approved : CityStatus.Pending,
            ProposedBy = CityAccess.UserId(user),
            LogoFile = logo,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        input.ApplyTo(city);
        // The id exists only after the insert; the audit entry joins the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Cities.Add(city);
        await db.SaveChangesAsync(ct);
        audit.Record(city.Status == CityStatus.Approved ? "city.create" : "city.propose", "City", city.Id, null, CitySnapshot.Of(city));
        SearchChanges.Record(db, "city", city.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return city;
    }
}
