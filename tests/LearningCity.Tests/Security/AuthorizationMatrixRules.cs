namespace LearningCity.Tests.Security;

/// <summary>The eleven callers every endpoint is tried as.</summary>
internal enum Persona
{
    Anonymous,
    Learner,
    /// <summary>A coordinator of a city other than the fixture city.</summary>
    OtherCoordinator,
    /// <summary>The coordinator of the fixture city, which owns the fixture items that belong to a city.</summary>
    Coordinator,
    /// <summary>A member of the fixture organisation, which owns the fixture items that belong to an organisation.</summary>
    Organizer,
    Facilitator,
    Reviewer,
    /// <summary>The author of the fixture research item.</summary>
    Researcher,
    /// <summary>With two-factor, on the fixture award cycle's panel and assigned to its application.</summary>
    Judge,
    AdminWithoutTwoFactor,
    Admin,
}

/// <summary>What a caller meets: let through, turned away, or told the item does not exist.</summary>
internal enum Expect
{
    /// <summary>Passed authorization: any answer but the ones below (2xx, 3xx, and 400/405/409/415/422 from a deliberately minimal body).</summary>
    Allowed,
    /// <summary>401, 403, or a redirect to /account/login, /account/access-denied or the two-factor set-up page.</summary>
    Denied,
    /// <summary>404: the item is kept from those who may not see it.</summary>
    Hidden,
}

/// <summary>A named rule: what each persona is expected to meet.</summary>
internal sealed class Rule(string name, IReadOnlyDictionary<Persona, Expect> expectations)
{
    public string Name { get; } = name;

    public Expect For(Persona persona) => expectations[persona];

    public override string ToString() => Name;

    /// <summary>
    /// The given personas are allowed; signed-in others meet <paramref name="others"/>, anonymous callers
    /// <paramref name="anonymous"/> (a sign-in demand unless the endpoint is open to them and hides the item).
    /// </summary>
    public static Rule Allow(string name, Persona[] allowed, Expect others = Expect.Denied, Expect anonymous = Expect.Denied) =>
        new(name, Enum.GetValues<Persona>().ToDictionary(p => p,
            p => allowed.Contains(p) ? Expect.Allowed : p == Persona.Anonymous ? anonymous : others));

    /// <summary>This rule with some personas meeting something else.</summary>
    public Rule With(string name, Expect expect, params Persona[] personas) =>
        new(name, Enum.GetValues<Persona>().ToDictionary(p => p, p => personas.Contains(p) ? expect : For(p)));
}
