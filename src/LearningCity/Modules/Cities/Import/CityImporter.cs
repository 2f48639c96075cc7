using System.Globalization;
using System.Security.Claims;
using LearningCity.Common.Api;
using LearningCity.Common.Audit;
using LearningCity.Common.Data;
using LearningCity.Common.Import;
using LearningCity.Common.Localization;
using LearningCity.Modules.Cities.Data;
using LearningCity.Modules.Cities.Editing;
using LearningCity.Modules.Search.Public;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Modules.Cities.Import;

/// <summary>
/// Checks every row of a city CSV and, unless it is a dry run, imports all of them in one transaction,
/// and only when every row is valid: a file is imported whole or not at all.
/// </summary>
public sealed class CityImporter(AppDbContext db, AuditLog audit, JsonStringLocalizer l, TimeProvider time)
{
    public async Task<ImportReport> RunAsync(Stream file, bool dryRun, ClaimsPrincipal admin, CancellationToken ct)
    {
        IReadOnlyList<string> header;
        List<TableRow> rows;
        try
        {
            (header, rows) = CityCsv.Read(file);
        }
        catch (CsvHelper.CsvFormatException e)
        {
            return FileError(l["Cities.Import.BadFile", Math.Max(1, e.RecordNumber)], dryRun);
        }
        var missing = CityCsv.RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0) return FileError(l["Cities.Import.MissingColumns", string.Join(", ", missing)], dryRun);
        if (rows.Count == 0) return FileError(l["Cities.Import.Empty"], dryRun);
        if (rows.Count > CityCsv.MaxRows) return FileError(l["Cities.Import.TooMany", CityCsv.MaxRows], dryRun);

        var provinces = await db.Provinces.AsNoTracking().ToListAsync(ct);
        var existing = (await db.Cities.AsNoTracking().Select(c => new { c.Name.Th, c.ProvinceCode }).ToListAsync(ct))
            .Select(c => (c.Th.Trim(), c.ProvinceCode)).ToHashSet();
        var seen = new Dictionary<(string, string), int>();
        var checkedRows = new List<(ImportRowReport Report, CityInput Input)>();
        foreach (var row in rows)
        {
            var (input, errors) = ToInput(row, provinces);
            if (input.NameTh is { } name && input.ProvinceCode is { } province && !errors.ContainsKey(CityCsv.NameTh))
            {
                if (existing.Contains((name, province))) Add(errors, CityCsv.NameTh, l["Cities.Import.DuplicateExisting", name]);
                else if (seen.TryGetValue((name, province), out var first)) Add(errors, CityCsv.NameTh, l["Cities.Import.DuplicateInFile", first]);
                else seen[(name, province)] = row.Number;
            }
            checkedRows.Add((new ImportRowReport(row.Number, errors.Count == 0, errors.ToDictionary(e => e.Key, e => e.Value.ToArray())), input));
        }
        var reports = checkedRows.Select(r => r.Report).ToList();
        if (dryRun || reports.Any(r => !r.Ok)) return new ImportReport(reports, 0, dryRun);

        await SaveAsync(checkedRows.Select(r => r.Input).ToList(), admin, ct);
        return new ImportReport(reports, reports.Count, dryRun);
    }

    private async Task SaveAsync(List<CityInput> inputs, ClaimsPrincipal admin, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var cities = inputs.Select(input =>
        {
            var city = new City { Status = CityStatus.Approved, CreatedAt = now, UpdatedAt = now, Version = 1 };
            input.ApplyTo(city);
            return city;
        }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Cities.AddRange(cities);
        await db.SaveChangesAsync(ct);
        foreach (var city in cities)
        {
            audit.Record("city.import", "City", city.Id, null, CitySnapshot.Of(city), admin);
            SearchChanges.Record(db, "city", city.Id);
        }
        audit.Record("city.import.batch", "CityImport", now.ToString("O", CultureInfo.InvariantCulture), null,
            new { Rows = inputs.Count, Imported = cities.Count, CityIds = cities.Select(c => c.Id).ToArray() }, admin);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private (CityInput Input, Dictionary<string, List<string>> Errors) ToInput(TableRow row, List<Province> provinces)
    {
        var errors = new Dictionary<string, List<string>>();
        var input = new CityInput
        {
            NameTh = row[CityCsv.NameTh], NameEn = row[CityCsv.NameEn],
            LeaderName = row[CityCsv.LeaderName], LeaderTitle = row[CityCsv.LeaderTitle],
            CoordinatorName = row[CityCsv.CoordinatorName], CoordinatorEmail = row[CityCsv.CoordinatorEmail],
            CoordinatorPhone = row[CityCsv.CoordinatorPhone], Website = row[CityCsv.Website],
            VisionTh = row[CityCsv.VisionTh], VisionEn = row[CityCsv.VisionEn],
            Population = Number<int>(row, CityCsv.Population, errors, s => int.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : (int?)null),
            AreaKm2 = Number<decimal>(row, CityCsv.Area, errors, s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null),
            JoinedNetworkYear = Number<int>(row, CityCsv.Joined, errors, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null),
            UnescoGnlcMemberSince = Number<int>(row, CityCsv.Unesco, errors, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null),
        };
        if (row[CityCsv.Type] is { } typeText)
        {
            if (TypeOf(typeText) is { } type) input.LocalGovernmentType = type.ToString();
            else Add(errors, CityCsv.Type, l["Cities.Import.UnknownType", typeText]);
        }
        if (row[CityCsv.Province] is { } provinceText)
        {
            if (ProvinceOf(provinceText, provinces) is { } province) input.ProvinceCode = province.Code;
            else Add(errors, CityCsv.Province, l["Cities.Import.UnknownProvince", provinceText]);
        }
        input.Normalize();
        foreach (var (field, messages) in RequestValidation.Validate(input, l))
        {
            var column = CityCsv.ColumnOfField.GetValueOrDefault(field, field);
            if (errors.ContainsKey(column)) continue;
            foreach (var message in messages) Add(errors, column, message);
        }
        return (input, errors);
    }

    private T? Number<T>(TableRow row, string column, Dictionary<string, List<string>> errors, Func<string, T?> parse) where T : struct
    {
        if (row[column] is not { } text) return null;
        var value = parse(text);
        if (value is null) Add(errors, column, l["Cities.Import.BadNumber", text]);
        return value;
    }

    /// <summary>The enum name ("TownMunicipality") or the type's Thai or English name.</summary>
    private LocalGovernmentType? TypeOf(string text) =>
        CityTypes.Parse(text) ?? Enum.GetValues<LocalGovernmentType>().Cast<LocalGovernmentType?>().FirstOrDefault(t =>
            string.Equals(l.Text($"LocalGovernmentType.{t}", CultureInfo.GetCultureInfo(Cultures.Thai)), text, StringComparison.Ordinal)
            || string.Equals(l.Text($"LocalGovernmentType.{t}", CultureInfo.GetCultureInfo(Cultures.English)), text, StringComparison.OrdinalIgnoreCase));

    /// <summary>An ISO code ("TH-50", or just "50") or the province's Thai or English name.</summary>
    private static Province? ProvinceOf(string text, List<Province> provinces)
    {
        var code = text.All(char.IsAsciiDigit) ? "TH-" + text : text.ToUpperInvariant();
        return provinces.FirstOrDefault(p => p.Code == code)
            ?? provinces.FirstOrDefault(p => p.Name.Th == text || string.Equals(p.Name.En, text, StringComparison.OrdinalIgnoreCase));
    }

    private ImportReport FileError(string message, bool dryRun) =>
        new([new ImportRowReport(1, false, new() { [CityCsv.File] = [message] })], 0, dryRun);

    private static void Add(Dictionary<string, List<string>> errors, string column, string message)
    {
        if (!errors.TryGetValue(column, out var list)) errors[column] = list = [];
        list.Add(message);
    }
}
