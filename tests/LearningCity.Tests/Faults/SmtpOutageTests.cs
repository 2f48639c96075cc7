using System.Globalization;
using System.Text.RegularExpressions;
using LearningCity.Common.Data;
using LearningCity.Common.Email;
using LearningCity.Tests.Email;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Faults;

/// <summary>
/// Two app nodes on one database send mail through a real SMTP server (a socket on 127.0.0.1) that is down for longer
/// than the retry budget of a message: once the server is back every queued message arrives, and each exactly once.
/// </summary>
public sealed partial class SmtpOutageTests : IAsyncLifetime
{
    private const int Messages = 24;
    private readonly int _port = SmtpTestServer.FreePort();
    private SmtpNode _first = null!;
    private SmtpNode _second = null!;

    public async ValueTask InitializeAsync()
    {
        _first = new SmtpNode(_port, null);
        await _first.InitializeAsync();
        _second = new SmtpNode(_port, _first);
        await _second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Mail_queued_while_the_server_is_down_past_the_retry_budget_is_delivered_once_each_when_it_is_back()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(1, Messages).Select(i => $"outage-{run}-{i:D2}@test.example").ToList();
        // Queued from both nodes, in several transactions, as requests do.
        foreach (var (batch, i) in addresses.Chunk(4).Select((b, i) => (b, i)))
            await (i % 2 == 0 ? _first : _second).WithScopeAsync(async s =>
            {
                var outbox = s.GetRequiredService<EmailOutbox>();
                foreach (var to in batch) outbox.Enqueue(to, $"ทดสอบ {to}", $"<p>{to}</p>", to);
                await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            });

        // Nothing listens: sending fails and the error is recorded. The outage then lasts well beyond the time a message
        // may keep failing (Email:MaxAttempts tries, with back-off from Email:RetryBaseSeconds).
        Assert.True(await WaitForAsync(db => db.OutboxEmails.AnyAsync(e => addresses.Contains(e.To) && e.LastError != null && e.SentAt == null)),
            "The failed attempt was not recorded");
        await Task.Delay(TimeSpan.FromSeconds(SmtpNode.MaxAttempts * SmtpNode.RetryBaseSeconds * 4), TestContext.Current.CancellationToken);

        await using var server = new SmtpTestServer(_port);
        var sent = await WaitForAsync(db => db.OutboxEmails.Where(e => addresses.Contains(e.To)).AllAsync(e => e.SentAt != null), seconds: 60);
        // A second sending of any of them would come now, if at all.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var received = Received(server, run);
        Assert.True(sent, $"{received.Count} of {Messages} messages were sent after the server came back");
        Assert.Equal(addresses, received.Select(m => m.To).Order());
        Assert.Equal(Messages, received.Select(m => m.MessageId).Distinct().Count());
    }

    private static List<(string MessageId, string To)> Received(SmtpTestServer server, string run)
    {
        List<string> raw;
        lock (server.Messages) raw = [.. server.Messages];
        return raw.Select(m => (MessageId: MessageIdHeader().Match(m).Groups[1].Value.Trim(), To: ToHeader().Match(m).Groups[1].Value.Trim()))
            .Where(m => m.To.Contains($"outage-{run}-", StringComparison.Ordinal)).ToList();
    }

    [GeneratedRegex(@"^Message-Id:\s*(\S+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdHeader();

    [GeneratedRegex(@"^To:\s*(\S+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    private async Task<bool> WaitForAsync(Func<AppDbContext, Task<bool>> condition, int seconds = 30)
    {
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            if (await _first.WithDbAsync(condition)) return true;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return false;
    }

    /// <summary>A node sending through the test SMTP port; the second one runs on the first one's database.</summary>
    private sealed class SmtpNode(int port, SmtpNode? sharing) : AppFactory
    {
        public const int MaxAttempts = 3;
        public const double RetryBaseSeconds = 0.1;

        protected override IEnumerable<KeyValuePair<string, string>> Settings
        {
            get
            {
                var settings = new List<KeyValuePair<string, string>>
                {
                    new("Email:SmtpHost", "127.0.0.1"),
                    new("Email:SmtpPort", port.ToString(CultureInfo.InvariantCulture)),
                    new("Email:SmtpSecurity", "None"),
                    new("Email:PollSeconds", "0.05"),
                    new("Email:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture)),
                    new("Email:RetryBaseSeconds", RetryBaseSeconds.ToString(CultureInfo.InvariantCulture)),
                };
                if (sharing is not null)
                    settings.Add(new(TestDatabase.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", sharing.Database.ConnectionString));
                return settings;
            }
        }
    }
}
