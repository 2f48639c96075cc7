namespace LearningCity.Common.Auth;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Coordinator = "Coordinator";
    /// <summary>The national secretariat's reviewers: validate or return city self-assessments.</summary>
    public const string Reviewer = "Reviewer";
    public const string Judge = "Judge";
    public const string Researcher = "Researcher";
    public const string Facilitator = "Facilitator";
    public const string Organizer = "Organizer";
    public const string Learner = "Learner";

    public static readonly string[] All = [Admin, Reviewer, Coordinator, Judge, Researcher, Facilitator, Organizer, Learner];

    /// <summary>Roles whose holders must use two-factor authentication.</summary>
    public static readonly string[] RequireTwoFactor = [Admin, Judge];
}

public static class Policies
{
    public const string Admin = "Admin";
    /// <summary>The national secretariat's reviewers: validate or return city self-assessments.</summary>
    public const string Reviewer = "Reviewer";
    public const string Judge = "Judge";
    public const string CityEditor = "CityEditor";
    public const string SignedIn = "SignedIn";
}

public static class AppClaims
{
    /// <summary>Present when the account has two-factor authentication turned on.</summary>
    public const string TwoFactor = "tlc:2fa";

    /// <summary>
    /// A role (Admin, Judge) the account holds but whose role claim is left out of the sign-in until two-factor
    /// authentication is on; its value is the role's name.
    /// </summary>
    public const string AwaitingTwoFactor = "tlc:awaits-2fa";

    /// <summary>The name the person gave, shown in the header instead of their e-mail address.</summary>
    public const string DisplayName = "tlc:display";
}
