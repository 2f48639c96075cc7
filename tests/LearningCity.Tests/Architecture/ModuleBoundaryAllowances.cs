namespace LearningCity.Tests.Architecture;

/// <summary>
/// The uses of another module's internal types that predate the module-boundary rule (ADR 0013). The list may only
/// shrink: a new use fails ModuleBoundaryTests, and so does an entry that is no longer needed once the code is fixed
/// (delete the line then). Each line reads "UsingModule → UsedModule.Namespace.Type: why", the type relative to
/// LearningCity.Modules. Reading another module's table through AppDbContext (db.Cities, db.Users) counts as using
/// its Data type, so most lines are queries on another module's tables or foreign keys into them.
/// </summary>
internal static class ModuleBoundaryAllowances
{
    public static readonly string[] Lines =
    [
        // Booster writing Credentials' tables is the first to remove: through Credentials/Public/CredentialIssuer.
        "Booster → Credentials.Data.Achievement: the badge editor, list, API and issuing read and write Credentials' achievements directly",
        "Booster → Credentials.Data.AchievementType: the badge editor and demo seed set the achievement type of Booster badges",
        "Booster → Credentials.Data.IssuedCredential: badge issuing and the badge editor query issued credentials directly",

        "Booster → Identity.Data.AppUser: registrations, rosters, calendar feeds, notifications and badges read users and keep foreign keys to identity_users",
        "Booster → Identity.Data.CityScope: the demo registration seed picks a coordinator of the city from its scopes",
        "Booster → Identity.Data.Organisation: an activity's page shows its organiser organisation's name",
        "Booster → Cities.Data.City: activity rules, list, page and seed check and show the activity's city",
        "Booster → Cities.Data.Province: the activity list and search filter by province (geography reference data)",
        "Booster → Resources.Data.LearningSpace: an activity is held in a learning space; its rules, page, registration and iCal read the space's row",
        "Booster → Resources.Data.Topic: activities are tagged with Resources' topics; forms, list, page and rules read them",
        "Booster → Resources.Spaces.ThaiClock: the learning-preferences page borrows Resources' weekday names (belongs in Common)",

        "Awards → Cities.Data.City: eligibility, judge assignment, conflict check and results query cities; applications and mentoring relations keep foreign keys to cities",
        "Awards → Cities.Data.CityStatus: eligibility and seed require an approved city",
        "Awards → Cities.Data.LocalGovernmentType: award categories are limited to types of local government",
        "Awards → Cities.Data.Province: judges' reading and published results show the city's province (geography reference data)",
        "Awards → Assessment.Data.AssessmentCycle: cycle forms and seed choose the assessment cycle an award cycle draws on",
        "Awards → Credentials.Data.Achievement: publishing results creates award achievements in Credentials' table",
        "Awards → Credentials.Data.AchievementType: publishing results sets the achievement type of award certificates",
        "Awards → Identity.Data.AppUser: the judge panel, conflict records, assignment CSV and seed query users",
        "Awards → Identity.Data.AppRole: the judge panel and conflict check query the Judge role",
        "Awards → Identity.Data.CityScope: the conflict check reads which cities a judge coordinates",

        "Assessment → Cities.Data.City: dashboards and open results join assessments to the city's name, type and province; assessments keep a foreign key to cities",
        "Assessment → Cities.Data.CityStatus: the city dashboard shows approved cities only",
        "Assessment → Cities.Data.LocalGovernmentType: dashboards group scores by type of local government",
        "Assessment → Cities.Data.Province: the national dashboard groups scores by province (geography reference data)",
        "Assessment → Cities.Data.Region: the national dashboard groups scores by region (geography reference data)",

        "Resources → Cities.Data.City: publishers, lists, open data, seeds and funding pages read cities' names and status",
        "Resources → Cities.Data.CityStatus: open data and publisher access count approved cities only",
        "Resources → Cities.Data.LocalGovernmentType: funding sources are limited to types of local government",
        "Resources → Cities.Data.Province: spaces, imports and search name and filter by province (geography reference data)",
        "Resources → Cities.Data.Region: the space filters and form group provinces by region (geography reference data)",
        "Resources → Identity.Data.Organisation: publishers may be organisations; pages, names and publisher access read them",
        "Resources → Identity.Data.OrganisationMembership: publisher access checks a person's organisation memberships",
        "Resources → Identity.Data.AppUser: the import runner reads the importing user's name",
        "Resources → Identity.Data.AppRole: the import runner checks the importing user's roles",

        "Research → Cities.Data.City: the catalogue, editing, search source and seed read the cities a study is about",
        "Research → Cities.Data.CityStatus: editing accepts approved cities only",
        "Research → Cities.Data.Province: the search source indexes the province of a study's cities (geography reference data)",

        "Cities → Identity.Data.AppUser: city approval and CityAccess read the users who coordinate a city",
        "Cities → Identity.Data.AppRole: CityAccess checks the Coordinator role in Identity's tables",
        "Cities → Identity.Data.CityScope: city approval and CityAccess read and write coordinators' city scopes",

        "Identity → Cities.Data.City: user administration and demo accounts scope coordinators to cities",
        "Identity → Cities.Data.CityStatus: user administration offers approved cities only",
        "Identity → Cities.Data.Province: a profile's province is chosen from the provinces (geography reference data)",

        "Credentials → Cities.Data.City: an Open Badge document and achievement profile name the issuing city",
        "Credentials → Identity.Data.Organisation: an Open Badge document and achievement profile name the issuing organisation",
        "Credentials → Resources.Data.Topic: an achievement's skills are Resources' topics, read for the badge document and profile",

        "Shared → Awards.Data.AwardOutcome: the home page compares LatestAwards' outcome, a Data enum in a Public read model",
    ];
}
