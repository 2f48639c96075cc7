using LearningCity.Common.Email;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Email;

/// <summary>The platform's SMTP path, against a server that is first down and then up.</summary>
public sealed class EmailOutboxTests : IAsyncLifetime
{
    private const string To = "learner@test.example";
    private readonly int _port = LoopbackPort.Free();
    private SmtpAppFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = new SmtpAppFactory(_port);
        await _factory.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Mail_waits_in_the_outbox_while_the_server_is_down_and_is_sent_when_it_is_back()
    {
        await _factory.WithScopeAsync(async s =>
        {
            s.GetRequiredService<EmailOutbox>().Enqueue(To, "ทดสอบ Test", "<p>สวัสดี</p>", "สวัสดี");
            await s.GetRequiredService<LearningCity.Common.Data.AppDbContext>().SaveChangesAsync();
        });

        // No server listens yet: the dispatcher fails, records the error and keeps the message.
        var failed = await WaitForAsync(db => db.OutboxEmails.AnyAsync(e => e.To == To && e.LastError != null && e.SentAt == null));
        Assert.True(failed, "The failed attempt was not recorded");

        await using var server = new SmtpTestServer(_port);
        var sent = await WaitForAsync(db => db.OutboxEmails.AnyAsync(e => e.To == To && e.SentAt != null));
        Assert.True(sent, "The message was not sent after the server came back");
        // Other mail may go out too (e.g. a day-before reminder for the demo learner): look at this test's message.
        var raw = Assert.Single(server.Messages, m => m.Contains(To, StringComparison.Ordinal));
        Assert.Contains("Subject:", raw);
    }

    private async Task<bool> WaitForAsync(Func<LearningCity.Common.Data.AppDbContext, Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await _factory.WithDbAsync(condition)) return true;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        return false;
    }

    private sealed class SmtpAppFactory(int port) : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Email:SmtpHost", "127.0.0.1"),
            new("Email:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Email:SmtpSecurity", "None"),
            new("Email:RetryBaseSeconds", "0.2"),
        ];
    }
}
