using LearningCity.Common.Auth;
using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Identity.Data;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;
using LearningCity.Tests.Spaces;

namespace LearningCity.Tests.Security;

/// <summary>
/// What every persona shares: the fixture city (and another one), the fixture organisation, the accounts of the
/// personas, the learner's public passport and calendar feed, a public image, and private files that fixture items
/// point to. The items that calls may change live in one <see cref="MatrixWorld"/> per persona.
/// </summary>
internal sealed record MatrixFixture(int CityId, int OtherCityId, int OrganisationId, IReadOnlyDictionary<Persona, TestUser> Users,
    string PassportSlug, string CalendarToken, string PublicImage)
{
    public TestUser Learner => Users[Persona.Learner];

    public static async Task<MatrixFixture> BuildAsync(AppFactory factory)
    {
        var city = await factory.AddCityAsync(CityTestData.Unique("เมืองเมทริกซ์"), provinceCode: "TH-50");
        var otherCity = await factory.AddCityAsync(CityTestData.Unique("เมืองอื่น"), provinceCode: "TH-40");
        var (organisation, organizer) = await factory.OrganisationWithMemberAsync();
        var users = new Dictionary<Persona, TestUser>
        {
            [Persona.Learner] = await factory.CreateAsync(Roles.Learner),
            [Persona.OtherCoordinator] = await factory.CreateAsync(Roles.Coordinator, cities: [otherCity]),
            [Persona.Coordinator] = await factory.CreateAsync(Roles.Coordinator, cities: [city]),
            [Persona.Organizer] = organizer,
            [Persona.Facilitator] = await factory.CreateAsync(Roles.Facilitator),
            [Persona.Reviewer] = await factory.CreateAsync(Roles.Reviewer),
            [Persona.Researcher] = await factory.CreateAsync(Roles.Researcher),
            [Persona.Judge] = await factory.CreateAsync(Roles.Judge),
            [Persona.AdminWithoutTwoFactor] = await factory.CreateAsync(Roles.Admin, twoFactor: false),
            [Persona.Admin] = await factory.CreateAsync(Roles.Admin),
        };
        var learner = users[Persona.Learner];
        var slug = "matrix-" + Guid.NewGuid().ToString("N")[..10];
        var token = Guid.NewGuid().ToString("N");
        var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(db =>
        {
            db.LearnerProfiles.Add(new LearnerProfile { UserId = learner.Id, PassportIsPublic = true, PublicSlug = slug, UpdatedAt = at });
            db.CalendarFeeds.Add(new CalendarFeed { UserId = learner.Id, Token = token, CreatedAt = at });
            return db.SaveChangesAsync();
        });
        var image = await MatrixFiles.PublicImageAsync(factory);
        return new MatrixFixture(city, otherCity, organisation, users, slug, token, image);
    }
}

/// <summary>Files written where the application keeps them: public images and private documents (evidence, items' files).</summary>
internal static class MatrixFiles
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    private static string Root(AppFactory factory) => Path.Combine(factory.Database.Directory, "files");

    public static async Task<string> PublicImageAsync(AppFactory factory)
    {
        var name = $"{Guid.NewGuid():N}.png";
        Directory.CreateDirectory(Root(factory));
        await File.WriteAllBytesAsync(Path.Combine(Root(factory), name), CityTestData.Png);
        return name;
    }

    public static async Task<string> PrivateDocumentAsync(AppFactory factory)
    {
        var name = $"{Guid.NewGuid():N}.pdf";
        var folder = Path.Combine(Root(factory), "private");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), Pdf);
        return name;
    }
}
