using System.Globalization;
using System.Text.RegularExpressions;
using LearningCity.Common.Data;
using LearningCity.Common.Email;
using LearningCity.Tests.Email;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Faults;

/// <summary>Two app nodes on one database, both sending through the same SMTP port on 127.0.0.1 (nothing listens there until a test starts a server).</summary>
public sealed class SmtpNodes : IAsyncLifetime
{
    public int Port { get; } = LoopbackPort.Free();
    public AppFactory First { get; private set; } = null!;
    public AppFactory Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var first = new SmtpNode(Port, null);
        await first.InitializeAsync();
        First = first;
        var second = new SmtpNode(Port, first);
        await second.InitializeAsync();
        Second = second;
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    /// <summary>A node sending through the test SMTP port; the second one runs on the first one's database.</summary>
    internal sealed class SmtpNode(int port, SmtpNode? sharing) : AppFactory
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

/// <summary>
/// Mail sent by two nodes on one database through a real SMTP server (a socket on 127.0.0.1) that is down for longer
/// than a message may keep failing, or that hangs up right after accepting each message: every message arrives, and
/// each exactly once.
/// </summary>
public sealed partial class SmtpOutageTests(SmtpNodes nodes) : IClassFixture<SmtpNodes>
{
    private const int Messages = 24;

    [Fact]
    public async Task Mail_queued_while_the_server_is_down_past_the_retry_budget_is_delivered_once_each_when_it_is_back()
    {
        var (run, addresses) = await QueueAsync(Messages);

        // Nothing listens: sending fails and the error is recorded (on the first message waiting, which may be older than
        // these). The outage then lasts well beyond the time a message may keep failing (Email:MaxAttempts tries, with
        // back-off from Email:RetryBaseSeconds).
        Assert.True(await WaitForAsync(db => db.OutboxEmails.AnyAsync(e => e.LastError != null && e.SentAt == null)),
            "The failed attempt was not recorded");
        await Task.Delay(TimeSpan.FromSeconds(SmtpNodes.SmtpNode.MaxAttempts * SmtpNodes.SmtpNode.RetryBaseSeconds * 4), TestContext.Current.CancellationToken);

        await using var server = new SmtpTestServer(nodes.Port);
        await AssertEachArrivedOnceAsync(server, run, addresses);
    }

    [Fact]
    public async Task Mail_accepted_by_a_server_that_hangs_up_at_once_is_not_sent_again()
    {
        var (run, addresses) = await QueueAsync(8);
        await using var server = new SmtpTestServer(nodes.Port) { HangUpAfterAccepting = true };
        await AssertEachArrivedOnceAsync(server, run, addresses);
    }

    [Fact]
    public async Task A_message_the_server_chokes_on_does_not_hold_up_the_others_and_is_given_up_after_its_attempts()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var poison = $"outage-{run}-00@test.example";
        await QueueAsync(1, run, first: 0);
        var (_, addresses) = await QueueAsync(6, run);
        await using var server = new SmtpTestServer(nodes.Port) { HangUpOnMessageContaining = poison };
        await AssertEachArrivedOnceAsync(server, run, addresses);
        Assert.True(await WaitForAsync(db => db.OutboxEmails.AnyAsync(e => e.To == poison && e.SentAt == null && e.Attempts >= SmtpNodes.SmtpNode.MaxAttempts)),
            "The message the server chokes on was not given up after its attempts");
    }

    /// <summary>Queues messages to new addresses from both nodes, in several transactions, as requests do.</summary>
    private async Task<(string Run, List<string> Addresses)> QueueAsync(int count, string? run = null, int first = 1)
    {
        run ??= Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(first, count).Select(i => $"outage-{run}-{i:D2}@test.example").ToList();
        foreach (var (batch, i) in addresses.Chunk(4).Select((b, i) => (b, i)))
            await (i % 2 == 0 ? nodes.First : nodes.Second).WithScopeAsync(async s =>
            {
                var outbox = s.GetRequiredService<EmailOutbox>();
                foreach (var to in batch) outbox.Enqueue(to, $"ทดสอบ {to}", $"<p>{to}</p>", to);
                await s.GetRequiredService<AppDbContext>().SaveChangesAsync();
            });
        return (run, addresses);
    }

    private async Task AssertEachArrivedOnceAsync(SmtpTestServer server, string run, List<string> addresses)
    {
        var sent = await WaitForAsync(db => db.OutboxEmails.Where(e => addresses.Contains(e.To)).AllAsync(e => e.SentAt != null), seconds: 60);
        // A second sending of any of them would come now, if at all.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var received = Received(server, run);
        Assert.True(sent, $"{received.Count} of {addresses.Count} messages were marked sent");
        Assert.Equal(addresses, received.Select(m => m.To).Order());
        Assert.Equal(addresses.Count, received.Select(m => m.MessageId).Distinct().Count());
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
            if (await nodes.First.WithDbAsync(condition)) return true;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return false;
    }
}
