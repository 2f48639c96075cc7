using LearningCity.Common.Localization;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;
using LearningCity.Modules.Resources.Spaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>What the new and edit pages of a funding source share.</summary>
public abstract class FundingFormPageModel(FundingRules rules, PublisherAccess publishers, JsonStringLocalizer l) : PageModel
{
    protected JsonStringLocalizer L { get; } = l;
    protected PublisherAccess Access { get; } = publishers;

    [BindProperty] public FundingInput Input { get; set; } = new();
    [BindProperty] public List<string> Applicants { get; set; } = [];
    [BindProperty] public List<string> LocalGovernmentTypes { get; set; } = [];
    [BindProperty] public string? Publisher { get; set; }

    public IReadOnlyList<Publisher> Publishers { get; private set; } = [];

    protected async Task LoadListsAsync(CancellationToken ct) => Publishers = await Access.PublishersForAsync(User, ct);

    protected void Fill(FundingSource f)
    {
        Input = FundingInput.From(f);
        Publisher = SpaceFormPageModel.KeyOf(f.CityId, f.OrganisationId);
        Applicants = FundingDto.Applicants(f.EligibleApplicants).Select(a => a.ToString()).ToList();
        LocalGovernmentTypes = f.EligibleLocalGovernmentTypes.Select(t => ((Cities.Data.LocalGovernmentType)t).ToString()).ToList();
    }

    protected (bool Ok, EligibleApplicant Applicants, List<int> Types) Validate()
    {
        Input.Normalize();
        (Input.CityId, Input.OrganisationId) = SpaceFormPageModel.ParsePublisher(Publisher);
        if (!Publishers.Any(p => SpaceFormPageModel.KeyOf(p.CityId, p.OrganisationId) == Publisher))
            ModelState.AddModelError(nameof(Publisher), L["Funding.Validation.Publisher"]);
        foreach (var (field, message) in rules.CrossFieldErrors(Input))
        {
            if (field == nameof(FundingInput.CityId)) continue; // reported on the publisher select above
            var key = $"Input.{field}";
            if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError(key, message);
        }
        var (applicants, applicantError) = rules.ParseApplicants(Applicants);
        if (applicantError is not null) ModelState.AddModelError(nameof(Applicants), applicantError);
        var (types, typeError) = rules.ParseLocalGovernmentTypes(LocalGovernmentTypes);
        if (typeError is not null) ModelState.AddModelError(nameof(LocalGovernmentTypes), typeError);
        return (ModelState.IsValid, applicants, types);
    }
}
