using System.Text;
using LearningCity.Tests.Infrastructure;

namespace LearningCity.Tests.Security;

/// <summary>
/// The authorization matrix: every endpoint of the running application (minimal APIs and every Razor page handler),
/// called as each of eleven personas, against the rules of one table (<see cref="MatrixTable"/>). A new endpoint fails
/// it until it is classified; see docs/security-matrix.md.
/// </summary>
public sealed class AuthorizationMatrixTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_endpoint_of_the_application_is_classified_in_the_table_and_the_table_names_no_other()
    {
        var endpoints = await MatrixEndpoints.ReadAsync(factory.Services);
        var keys = endpoints.Select(e => e.Key).ToHashSet();
        var missing = endpoints.Where(e => !MatrixTable.Rows.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        var stale = MatrixTable.Rows.Keys.Where(k => !keys.Contains(k)).ToList();

        var message = new StringBuilder();
        if (missing.Count > 0) message.AppendLine($"{missing.Count} endpoints are not in {nameof(MatrixTable)}: classify each with a rule.").AppendJoin('\n', missing.Select(k => "  " + k)).AppendLine();
        if (stale.Count > 0) message.AppendLine($"{stale.Count} rows of {nameof(MatrixTable)} name no endpoint of the application: remove them.").AppendJoin('\n', stale.Select(k => "  " + k));
        Assert.True(message.Length == 0, message.ToString());
    }

    [Fact]
    public async Task Every_persona_meets_what_the_table_expects_at_every_endpoint()
    {
        var endpoints = await MatrixEndpoints.ReadAsync(factory.Services);
        var (answers, unfilled) = await MatrixRun.RunAsync(factory, endpoints);
        var report = MatrixReport.Of(endpoints, answers, unfilled);
        Assert.True(report.Length == 0, report);
    }
}
