using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Public;

namespace LearningCity.Modules.Resources.Funding;

/// <summary>The checks of a funding source that span several fields.</summary>
public sealed class FundingRules(JsonStringLocalizer l, PublisherAccess publishers)
{
    /// <summary>Errors across fields, keyed by the input property name; empty when valid.</summary>
    public Dictionary<string, string> CrossFieldErrors(FundingInput input)
    {
        var errors = new Dictionary<string, string>();
        if (input.AmountMinBaht is { } min && input.AmountMaxBaht is { } max && min > max)
            errors[nameof(FundingInput.AmountMaxBaht)] = l["Funding.Validation.AmountOrder"];
        if (FundingInput.ParseDate(input.OpensOn) is { } opens && FundingInput.ParseDate(input.ClosesOn) is { } closes && closes < opens)
            errors[nameof(FundingInput.ClosesOn)] = l["Funding.Validation.DateOrder"];
        if (input.CityId is null == input.OrganisationId is null)
            errors[nameof(FundingInput.CityId)] = l["Funding.Validation.Publisher"];
        return errors;
    }

    public Task<bool> MayPublishAsAsync(ClaimsPrincipal user, FundingInput input, CancellationToken ct) =>
        publishers.CanPublishForAsync(user, input.CityId, input.OrganisationId, ct);

    public (EligibleApplicant Value, string? Error) ParseApplicants(IEnumerable<string> names)
    {
        var value = EligibleApplicant.None;
        foreach (var name in names)
        {
            if (FundingFilter.ParseApplicant(name) is not { } a) return (value, l["Funding.Validation.Applicant", name].Value);
            value |= a;
        }
        return (value, null);
    }

    public (List<int> Value, string? Error) ParseLocalGovernmentTypes(IEnumerable<string> names)
    {
        var list = new List<int>();
        foreach (var name in names)
        {
            if (FundingFilter.ParseLocalGovernmentType(name) is not { } t) return (list, l["Funding.Validation.LocalGovernmentType", name].Value);
            if (!list.Contains((int)t)) list.Add((int)t);
        }
        list.Sort();
        return (list, null);
    }

    public (Dictionary<string, string[]> Errors, EligibleApplicant Applicants, List<int> Types) Validate(FundingApiInput input)
    {
        input.Normalize();
        var errors = RequestValidation.Validate(input, l);
        foreach (var (field, message) in CrossFieldErrors(input))
        {
            var key = char.ToLowerInvariant(field[0]) + field[1..];
            if (!errors.ContainsKey(key)) errors[key] = [message];
        }
        var (applicants, applicantError) = ParseApplicants(input.EligibleApplicants ?? []);
        if (applicantError is not null) errors["eligibleApplicants"] = [applicantError];
        var (types, typeError) = ParseLocalGovernmentTypes(input.EligibleLocalGovernmentTypes ?? []);
        if (typeError is not null) errors["eligibleLocalGovernmentTypes"] = [typeError];
        return (errors, applicants, types);
    }
}
