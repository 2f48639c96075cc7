namespace LearningCity.Modules.Shared;

/// <summary>
/// The six pillars as the home page shows them (titles and texts are <c>Home.Pillar{n}.*</c>). A pillar without an
/// address is not built yet and shows as "coming soon": give it its address here when it opens.
/// </summary>
public sealed record HomePillar(int Number, string? Url, string Icon)
{
    public bool IsOpen => Url is not null;

    public static readonly IReadOnlyList<HomePillar> All =
    [
        new(1, "/academy", "M4 20h16M6 20V9l6-4 6 4v11M10 20v-5h4v5"),
        new(2, "/assessment", "M5 19V11M10 19V6M15 19v-9M20 19V4"),
        new(3, "/awards", "M12 3l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.4 6.8 19.1l1-5.8L3.5 9.2l5.9-.9z"),
        new(4, "/resources", "M4 5h7v14H4zM13 5h7v14h-7z"),
        new(5, null, "M4 20l4-12 4 6 4-9 4 15z"),                            // Festival: coming soon
        new(6, "/activities", "M12 4a4 4 0 110 8 4 4 0 010-8zM5 20a7 7 0 0114 0"),
    ];
}
