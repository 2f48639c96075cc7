using System.Collections.Concurrent;
using LearningCity.Common.Auth;
using LearningCity.Tests.Cities;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>
/// Calls every endpoint as every persona, each persona in its own world and all of them at once. Reading comes
/// first, then writing, then what removes or closes something, and last what ends the persona's session (log-out,
/// account deletion), so that no call changes what a later call of the same persona meets.
/// </summary>
internal static class MatrixRun
{
    private enum Phase { Reading, Writing, Removing, Leaving }

    /// <summary>Calls after which the persona may no longer be signed in (or no longer hold what it held), in the order they are made: log-out last.</summary>
    private static readonly string[] SessionEnding =
        ["POST /account/two-factor?handler=Disable", "POST /me/delete", "POST /api/v1/me/delete", "POST /account/logout"];

    private static readonly string[] RemovingWords =
        ["delete", "remove", "unassign", "unmark", "revoke", "withdraw", "cancel", "reject", "unpublish", "lock", "rotate", "rebuild"];

    /// <summary>The answers, and the endpoints that could not be called for want of a fixture value (with the parameter's name).</summary>
    public static async Task<(IReadOnlyList<MatrixAnswer> Answers, IReadOnlyDictionary<string, string> Unfilled)> RunAsync(AppFactory factory,
        IReadOnlyList<MatrixEndpoint> endpoints)
    {
        var fixture = await MatrixFixture.BuildAsync(factory);
        var setupAdmin = await factory.ApiClientAsync(await factory.CreateAsync(Roles.Admin));
        var personas = Enum.GetValues<Persona>();
        var worlds = new Dictionary<Persona, MatrixWorld>();
        // One after the other: draft frameworks take the next version number.
        foreach (var persona in personas) worlds[persona] = await MatrixWorld.BuildAsync(factory, fixture, setupAdmin);
        var unfilled = endpoints.Select(e => (e.Key, Name: MatrixRoutes.Unfilled(e, fixture, worlds[Persona.Learner])))
            .Where(u => u.Name is not null).ToDictionary(u => u.Key, u => u.Name!);
        var signedIn = await Task.WhenAll(personas.Select(p => MatrixCalls.SignInAsync(factory, p == Persona.Anonymous ? null : fixture.Users[p])));

        var answers = new ConcurrentBag<MatrixAnswer>();
        try
        {
            foreach (var phase in Enum.GetValues<Phase>()) await RunPhaseAsync(phase);
        }
        finally
        {
            setupAdmin.Dispose();
            foreach (var (client, _) in signedIn) client.Dispose();
        }
        return ([.. answers], unfilled);

        async Task RunPhaseAsync(Phase phase)
        {
            var calls = endpoints.Where(e => PhaseOf(e) == phase && !unfilled.ContainsKey(e.Key)).OrderBy(e => Array.IndexOf(SessionEnding, e.Key)).ToList();
            await Task.WhenAll(personas.Select(async (persona, i) =>
            {
                var (client, antiforgery) = signedIn[i];
                var world = worlds[persona];
                foreach (var endpoint in calls)
                {
                    var fields = endpoint.IsPage && endpoint.Method != "GET" ? MatrixRoutes.Fields(endpoint, fixture, world) : [];
                    answers.Add(await MatrixCalls.CallAsync(client, antiforgery, endpoint, persona, MatrixRoutes.Url(endpoint, fixture, world), fields,
                        MatrixRoutes.JsonBody(endpoint, fixture, world)));
                }
            }));
        }
    }

    private static Phase PhaseOf(MatrixEndpoint endpoint)
    {
        if (SessionEnding.Contains(endpoint.Key)) return Phase.Leaving;
        if (endpoint.Method == "GET") return Phase.Reading;
        var name = (endpoint.Handler ?? endpoint.Route.Split('/')[^1]).ToLowerInvariant();
        return endpoint.Method == "DELETE" || RemovingWords.Any(name.Contains) ? Phase.Removing : Phase.Writing;
    }
}
