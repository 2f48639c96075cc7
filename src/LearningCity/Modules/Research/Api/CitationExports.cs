using System.Security.Claims;
using System.Text;
using LearningCity.Common.Data;
using LearningCity.Common.Localization;
using LearningCity.Common.Web;
using LearningCity.Modules.Research.Catalogue;
using LearningCity.Modules.Research.Citations;
using LearningCity.Modules.Research.Editing;
using LearningCity.Modules.Search.Public;

namespace LearningCity.Modules.Research.Api;

/// <summary>BibTeX and RIS downloads of one item, and of every published item matching the list's filters.</summary>
internal static class CitationExports
{
    /// <summary>Enough for any reference manager; a longer list would be a data dump, which is what the JSON list is for.</summary>
    public const int MaxListItems = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void MapCitationExports(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/bibtex", (int id, ClaimsPrincipal user, ResearchEditing editing, SiteAddress site, JsonStringLocalizer l, CancellationToken ct) =>
                OneAsync(id, user, editing, l, r => BibTex.Entry(r, site.Origin), BibTex.ContentType, "bib", ct))
            .WithName("GetResearchBibTex").WithSummary("The item as a BibTeX entry (UTF-8).")
            .Produces<string>(StatusCodes.Status200OK, "application/x-bibtex").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/ris", (int id, ClaimsPrincipal user, ResearchEditing editing, SiteAddress site, JsonStringLocalizer l, CancellationToken ct) =>
                OneAsync(id, user, editing, l, r => Ris.Record(r, site.Origin), Ris.ContentType, "ris", ct))
            .WithName("GetResearchRis").WithSummary("The item as a RIS record (UTF-8).")
            .Produces<string>(StatusCodes.Status200OK, "application/x-research-info-systems").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/export/bibtex", (string? type, int? year, int? city, string? q, AppDbContext db, ISearchService search, SiteAddress site, CancellationToken ct) =>
                ListAsync(db, search, new ResearchFilter(type, year, city, q), items => BibTex.Entries(items, site.Origin), BibTex.ContentType, "bib", ct))
            .WithName("ExportResearchBibTex").WithSummary($"Every published item matching the list's filters (at most {MaxListItems}) as BibTeX.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-bibtex");
        group.MapGet("/export/ris", (string? type, int? year, int? city, string? q, AppDbContext db, ISearchService search, SiteAddress site, CancellationToken ct) =>
                ListAsync(db, search, new ResearchFilter(type, year, city, q), items => Ris.Records(items, site.Origin), Ris.ContentType, "ris", ct))
            .WithName("ExportResearchRis").WithSummary($"Every published item matching the list's filters (at most {MaxListItems}) as RIS.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-research-info-systems");
    }

    private static async Task<IResult> OneAsync(int id, ClaimsPrincipal user, ResearchEditing editing, JsonStringLocalizer l,
        Func<Data.ResearchItem, string> write, string contentType, string extension, CancellationToken ct)
    {
        var item = await editing.FindAsync(id, ct);
        if (item is null || !ResearchAccess.CanView(user, item)) return ResearchApi.NotFound(l);
        return TypedResults.File(Utf8.GetBytes(write(item)), contentType, $"research-{id}.{extension}");
    }

    private static async Task<IResult> ListAsync(AppDbContext db, ISearchService search, ResearchFilter filter, Func<IEnumerable<Data.ResearchItem>, string> write,
        string contentType, string extension, CancellationToken ct)
    {
        var items = await ResearchQuery.ListAsync(db, search, filter, MaxListItems, ct);
        return TypedResults.File(Utf8.GetBytes(write(items)), contentType, $"research.{extension}");
    }
}
