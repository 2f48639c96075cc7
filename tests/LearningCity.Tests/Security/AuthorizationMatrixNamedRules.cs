using static LearningCity.Tests.Security.Expect;
using static LearningCity.Tests.Security.Persona;

namespace LearningCity.Tests.Security;

/// <summary>
/// The rules of the table, by name. "Admin" is an administrator with two-factor authentication: without it an admin
/// holds no admin power and meets what any signed-in person meets. Allowed personas are named; every other signed-in
/// persona meets Denied (403, or a redirect to access-denied) unless the rule says Hidden (404); an anonymous caller
/// meets Denied (401, or a redirect to log-in) unless the endpoint is open to anonymous callers and hides the item.
/// </summary>
internal static class MatrixRules
{
    private static readonly Persona[] Everyone = Enum.GetValues<Persona>();

    // Open to all

    /// <summary>Anyone, signed in or not.</summary>
    public static readonly Rule Public = Rule.Allow(nameof(Public), Everyone);

    /// <summary>A page whose answer is a refusal for everyone arriving there (access denied: 403; the second log-in step without the first: back to log-in).</summary>
    public static readonly Rule ShowsRefusal = Rule.Allow(nameof(ShowsRefusal), []);

    /// <summary>Anyone signed in, acting on their own account or data, or reading lists filtered to what they may see.</summary>
    public static readonly Rule SignedIn = Rule.Allow(nameof(SignedIn), [.. Everyone.Where(p => p != Anonymous)]);

    /// <summary>
    /// Anyone signed in reaches it; the body names the city or organisation to act for, and whether the caller may
    /// act for it is checked with the rest of the body (a minimal body gets its validation answer first; each module's
    /// authorization tests send full bodies).
    /// </summary>
    public static readonly Rule SignedInChecksBody = Rule.Allow(nameof(SignedInChecksBody), [.. Everyone.Where(p => p != Anonymous)]);

    // Roles

    /// <summary>An administrator with two-factor authentication.</summary>
    public static readonly Rule Admin = Rule.Allow(nameof(Admin), [Persona.Admin]);

    /// <summary>An administrator's draft (a framework version): hidden from everyone else.</summary>
    public static readonly Rule AdminDraft = Rule.Allow(nameof(AdminDraft), [Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>A judge with two-factor authentication, on their own assignments.</summary>
    public static readonly Rule Judge = Rule.Allow(nameof(Judge), [Persona.Judge]);

    /// <summary>The secretariat's reviewers and admins.</summary>
    public static readonly Rule Reviewer = Rule.Allow(nameof(Reviewer), [Persona.Reviewer, Persona.Admin]);

    /// <summary>Researchers and admins (adding research).</summary>
    public static readonly Rule Researcher = Rule.Allow(nameof(Researcher), [Persona.Researcher, Persona.Admin]);

    /// <summary>Facilitators and admins (authoring courses).</summary>
    public static readonly Rule Facilitator = Rule.Allow(nameof(Facilitator), [Persona.Facilitator, Persona.Admin]);

    /// <summary>Anyone who may publish for some city or organisation: coordinators, organizers with an organisation, admins.</summary>
    public static readonly Rule Publisher = Rule.Allow(nameof(Publisher), [OtherCoordinator, Coordinator, Organizer, Persona.Admin]);

    // The fixture city's items: its coordinator and admins

    /// <summary>The city's coordinators and admins; everyone else is refused.</summary>
    public static readonly Rule CityEditor = Rule.Allow(nameof(CityEditor), [Coordinator, Persona.Admin]);

    /// <summary>A draft of the city: its coordinators and admins; hidden from everyone else, anonymous callers included.</summary>
    public static readonly Rule CityDraft = Rule.Allow(nameof(CityDraft), [Coordinator, Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>As <see cref="CityDraft"/> behind a sign-in: anonymous callers are asked to sign in.</summary>
    public static readonly Rule CityDraftSignedIn = Rule.Allow(nameof(CityDraftSignedIn), [Coordinator, Persona.Admin], others: Hidden);

    /// <summary>The city's self-assessment once submitted: its coordinators, reviewers and admins.</summary>
    public static readonly Rule CityAssessment = Rule.Allow(nameof(CityAssessment), [Coordinator, Persona.Reviewer, Persona.Admin]);

    /// <summary>The files of the city's award application: its coordinators, the judges assigned to it, admins.</summary>
    public static readonly Rule ApplicationFile = Rule.Allow(nameof(ApplicationFile), [Coordinator, Persona.Judge, Persona.Admin]);

    /// <summary>A city's Booster figures: its coordinators, researchers and admins.</summary>
    public static readonly Rule CityFigures = Rule.Allow(nameof(CityFigures), [Coordinator, Persona.Researcher, Persona.Admin]);

    /// <summary>A background import job: the coordinator who started it, and admins.</summary>
    public static readonly Rule JobStarter = Rule.Allow(nameof(JobStarter), [Coordinator, Persona.Admin]);

    // The fixture organisation's items: its organizers and admins

    /// <summary>The organisation's organizers and admins; everyone else is refused.</summary>
    public static readonly Rule OrgEditor = Rule.Allow(nameof(OrgEditor), [Organizer, Persona.Admin]);

    /// <summary>A draft of the organisation: its organizers and admins; hidden from everyone else, anonymous callers included.</summary>
    public static readonly Rule OrgDraft = Rule.Allow(nameof(OrgDraft), [Organizer, Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>As <see cref="OrgDraft"/> behind a sign-in: anonymous callers are asked to sign in.</summary>
    public static readonly Rule OrgDraftSignedIn = Rule.Allow(nameof(OrgDraftSignedIn), [Organizer, Persona.Admin], others: Hidden);

    // People's own items

    /// <summary>The researcher's own draft: its author and admins; hidden from everyone else, anonymous callers included.</summary>
    public static readonly Rule AuthorDraft = Rule.Allow(nameof(AuthorDraft), [Persona.Researcher, Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>As <see cref="AuthorDraft"/> behind a sign-in.</summary>
    public static readonly Rule AuthorDraftSignedIn = Rule.Allow(nameof(AuthorDraftSignedIn), [Persona.Researcher, Persona.Admin], others: Hidden);

    /// <summary>The facilitator's own draft course: its author and admins; hidden from everyone else, anonymous callers included.</summary>
    public static readonly Rule CourseDraft = Rule.Allow(nameof(CourseDraft), [Persona.Facilitator, Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>As <see cref="CourseDraft"/> behind a sign-in.</summary>
    public static readonly Rule CourseDraftSignedIn = Rule.Allow(nameof(CourseDraftSignedIn), [Persona.Facilitator, Persona.Admin], others: Hidden);

    /// <summary>A proposed mentoring pair of the fixture city (asked by its coordinator) with the other city: the coordinators of both and admins; hidden from everyone else.</summary>
    public static readonly Rule MentoringPair = Rule.Allow(nameof(MentoringPair), [Coordinator, OtherCoordinator, Persona.Admin], others: Hidden, anonymous: Hidden);

    /// <summary>As <see cref="MentoringPair"/> behind a sign-in.</summary>
    public static readonly Rule MentoringPairSignedIn = Rule.Allow(nameof(MentoringPairSignedIn), [Coordinator, OtherCoordinator, Persona.Admin], others: Hidden);

    /// <summary>The learner's own forum post in their own question: its author (who is also the asker) and the moderators, facilitators and admins.</summary>
    public static readonly Rule ForumAuthor = Rule.Allow(nameof(ForumAuthor), [Learner, Persona.Facilitator, Persona.Admin]);

    /// <summary>The learner's own item (registration, notification, self-declared learning): hidden from everyone else, admins included.</summary>
    public static readonly Rule Own = Rule.Allow(nameof(Own), [Learner], others: Hidden);

    /// <summary>A credential's signed file: its recipient, its issuer's organizers and admins.</summary>
    public static readonly Rule CredentialFile = Rule.Allow(nameof(CredentialFile), [Learner, Organizer, Persona.Admin]);

    /// <summary>The city's feedback report once results are published: its coordinators and admins; hidden from everyone else.</summary>
    public static readonly Rule CityFeedback = Rule.Allow(nameof(CityFeedback), [Coordinator, Persona.Admin], others: Hidden);

    public static IReadOnlyList<Rule> All =>
    [
        Public, ShowsRefusal, SignedIn, Admin, AdminDraft, Judge, Reviewer, Researcher, Publisher, CityEditor, CityDraft, CityDraftSignedIn,
        CityAssessment, ApplicationFile, CityFigures, JobStarter, OrgEditor, OrgDraft, OrgDraftSignedIn, AuthorDraft, AuthorDraftSignedIn, Own,
        Facilitator, CourseDraft, CourseDraftSignedIn, MentoringPair, MentoringPairSignedIn, ForumAuthor,
        CredentialFile, CityFeedback,
    ];
}
