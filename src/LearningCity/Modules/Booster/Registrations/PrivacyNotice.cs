using LearningCity.Common.Localization;
using System.Security.Cryptography;
using LearningCity.Modules.Booster.Data;

namespace LearningCity.Modules.Booster.Registrations;

/// <summary>The PDPA notice shown at registration; a new wording gets a new version so each consent says what it agreed to.</summary>
public static class PrivacyNotice
{
    public const string ConsentVersion = "booster-registration-2025-1";
    /// <summary>The year and edition of <see cref="ConsentVersion"/>, as a person reads them.</summary>
    public const int ConsentYear = 2025;
    public const int ConsentEdition = 1;

    /// <summary>Under this age (PDPA section 20) consent is given by the person holding parental responsibility.</summary>
    public const int GuardianConsentAge = 10;

    /// <summary>
    /// Only the birth year is known, so a learner who turns 10 this year may still be 9: they count as under 10
    /// until the year after, which errs on the side of asking the guardian.
    /// </summary>
    public static bool NeedsGuardian(int? birthYear, DateTime nowUtc) =>
        birthYear is { } year && ThaiTime.Of(nowUtc).Year - year <= GuardianConsentAge;

    public static AgeGroup AgeGroupOf(int? birthYear, DateTime nowUtc)
    {
        if (birthYear is not { } year) return AgeGroup.None;
        return (ThaiTime.Of(nowUtc).Year - year) switch
        {
            <= 5 => AgeGroup.EarlyChildhood,
            <= 12 => AgeGroup.Children,
            <= 24 => AgeGroup.Youth,
            <= 59 => AgeGroup.WorkingAge,
            _ => AgeGroup.OlderPersons,
        };
    }
}

/// <summary>Ticket codes people can read aloud and type: no 0/O, 1/I/L.</summary>
public static class TicketCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    public static string Normalize(string? typed) =>
        new((typed ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
