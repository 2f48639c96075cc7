using LearningCity.Modules.Resources.Public;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Resources.Data;
using LearningCity.Modules.Resources.Funding;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Resources.Import;

/// <summary>Rows of funding sources, checked by FundingRules like the API body of a new funding source.</summary>
public sealed class FundingRows(AppDbContext db, FundingRules rules, ChoiceText choices, JsonStringLocalizer l) : ContentRows(l)
{
    public override ImportKind Kind => ImportKind.Funding;

    public override Task<List<string>> ExistingTitlesAsync(ImportTarget target, CancellationToken ct)
    {
        var query = db.FundingSources.AsNoTracking();
        query = target.CityId is { } city ? query.Where(f => f.CityId == city) : query.Where(f => f.OrganisationId == target.OrganisationId);
        return query.Select(f => f.Programme.Th).ToListAsync(ct);
    }

    public override Task<CheckedItem?> CheckAsync(TableRow row, ImportTarget target, RowErrors errors, CancellationToken ct)
    {
        var input = new FundingApiInput
        {
            FunderTh = row["funder_th"], FunderEn = row["funder_en"],
            ProgrammeTh = row["programme_th"], ProgrammeEn = row["programme_en"],
            DescriptionTh = row["description_th"], DescriptionEn = row["description_en"],
            AmountMinBaht = Number<decimal>(row, "amount_min_baht", errors),
            AmountMaxBaht = Number<decimal>(row, "amount_max_baht", errors),
            EligibleApplicants = choices.Codes<EligibleApplicant>(row["eligible"], "Resources.Eligible."),
            EligibleLocalGovernmentTypes = choices.Codes<LocalGovernmentType>(row["local_government_types"], "LocalGovernmentType."),
            OpensOn = IsoText(row, "opens_on", errors),
            ClosesOn = IsoText(row, "closes_on", errors),
            LinkUrl = row["link_url"],
            CityId = target.CityId, OrganisationId = target.OrganisationId,
        };
        var (fieldErrors, applicants, types) = rules.Validate(input);
        AddFieldErrors(errors, fieldErrors);
        if (errors.Count > 0) return Task.FromResult<CheckedItem?>(null);

        var funding = new FundingSource();
        input.ApplyTo(funding, applicants, types);
        return Task.FromResult<CheckedItem?>(new CheckedItem(funding, funding.Programme.Th));
    }

    public override void Add(object item, bool publish, DateTime now, Guid userId)
    {
        var funding = (FundingSource)item;
        funding.Status = publish ? PublicationStatus.Published : PublicationStatus.Draft;
        (funding.CreatedBy, funding.CreatedAt, funding.UpdatedAt, funding.Version) = (userId, now, now, 1);
        db.FundingSources.Add(funding);
    }

    public override (string EntityType, int Id, object Snapshot) Saved(object item)
    {
        var funding = (FundingSource)item;
        return ("FundingSource", funding.Id, FundingSnapshot.Of(funding));
    }
}
