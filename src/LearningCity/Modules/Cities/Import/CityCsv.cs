using System.Text;
using LearningCity.Common.Import;

namespace LearningCity.Modules.Cities.Import;

/// <summary>The CSV file format of the city import: UTF-8, a header row, these columns (any order).</summary>
public static class CityCsv
{
    public const string NameTh = "name_th";
    public const string NameEn = "name_en";
    public const string Type = "local_government_type";
    public const string Province = "province_code";
    public const string Population = "population";
    public const string Area = "area_km2";
    public const string LeaderName = "leader_name";
    public const string LeaderTitle = "leader_title";
    public const string CoordinatorName = "coordinator_name";
    public const string CoordinatorEmail = "coordinator_email";
    public const string CoordinatorPhone = "coordinator_phone";
    public const string Website = "website";
    public const string Joined = "joined_network_year";
    public const string Unesco = "unesco_gnlc_member_since";
    public const string VisionTh = "vision_th";
    public const string VisionEn = "vision_en";
    public const string File = "file";
    public const int MaxRows = 5000;

    public static readonly string[] Columns =
        [NameTh, NameEn, Type, Province, Population, Area, LeaderName, LeaderTitle, CoordinatorName, CoordinatorEmail, CoordinatorPhone, Website, Joined, Unesco, VisionTh, VisionEn];

    public static readonly string[] RequiredColumns = [NameTh, Type, Province];

    /// <summary>The column of each CityInput field (by its JSON name), for reporting field errors per column.</summary>
    public static readonly Dictionary<string, string> ColumnOfField = new()
    {
        ["nameTh"] = NameTh, ["nameEn"] = NameEn, ["localGovernmentType"] = Type, ["provinceCode"] = Province,
        ["population"] = Population, ["areaKm2"] = Area, ["leaderName"] = LeaderName, ["leaderTitle"] = LeaderTitle,
        ["coordinatorName"] = CoordinatorName, ["coordinatorEmail"] = CoordinatorEmail, ["coordinatorPhone"] = CoordinatorPhone,
        ["website"] = Website, ["joinedNetworkYear"] = Joined, ["unescoGnlcMemberSince"] = Unesco,
        ["visionTh"] = VisionTh, ["visionEn"] = VisionEn,
    };

    /// <summary>The header's columns and the non-blank rows, numbered as a spreadsheet shows them (header = 1).</summary>
    public static Table Read(Stream stream) => CsvTable.Read(stream, Columns, MaxRows);

    /// <summary>The downloadable template: the header and one example row (with a BOM so spreadsheets read Thai).</summary>
    public static byte[] Template()
    {
        var text = string.Join(",", Columns) + "\r\n"
            + "เทศบาลตำบลตัวอย่าง,Example Subdistrict Municipality,SubdistrictMunicipality,TH-50,12000,35.5,นายตัวอย่าง ใจดี,นายกเทศมนตรีตำบลตัวอย่าง,"
            + "กองการศึกษา,learning@example.org,053 000 000,https://example.org,2024,,ชุมชนที่ทุกวัยเรียนรู้ร่วมกัน,A community where every generation learns together\r\n";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }
}
