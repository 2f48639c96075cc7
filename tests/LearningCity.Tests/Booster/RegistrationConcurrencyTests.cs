using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

public sealed class RegistrationConcurrencyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Hundred_concurrent_sign_ups_for_twenty_seats_give_twenty_confirmed_and_eighty_waitlisted()
    {
        var session = await factory.AddSessionAsync(capacity: 20);
        var learners = new List<TestUser>();
        for (var i = 0; i < 100; i++) learners.Add(await factory.CreateAsync());

        using var start = new SemaphoreSlim(0);
        var attempts = learners.Select(learner => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var registration = scope.ServiceProvider.GetRequiredService<SessionRegistration>();
            await start.WaitAsync();
            return await registration.RegisterAsync(learner.Id, session.ActivityId, session.SessionId, new ConsentInput(true), CancellationToken.None);
        })).ToList();
        start.Release(100);
        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.True(r.Succeeded, $"{r.Refusal} {string.Join(",", r.Errors.Values)}"));
        var (confirmed, waitlisted, count, codes) = await factory.WithDbAsync(async db => (
            await db.Registrations.CountAsync(r => r.SessionId == session.SessionId && r.Status == RegistrationStatus.Confirmed),
            await db.Registrations.CountAsync(r => r.SessionId == session.SessionId && r.Status == RegistrationStatus.Waitlisted),
            await db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => s.ConfirmedCount).FirstAsync(),
            await db.Registrations.Where(r => r.SessionId == session.SessionId).Select(r => r.TicketCode).Distinct().CountAsync()));
        Assert.Equal(20, confirmed);
        Assert.Equal(80, waitlisted);
        Assert.Equal(20, count);
        Assert.Equal(100, codes);
    }

    [Fact]
    public async Task Two_cancellations_at_once_promote_two_different_people_and_never_overbook()
    {
        var session = await factory.AddSessionAsync(capacity: 2);
        var users = new List<TestUser>();
        for (var i = 0; i < 5; i++) users.Add(await factory.CreateAsync());
        var ids = new List<int>();
        foreach (var u in users)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var r = await scope.ServiceProvider.GetRequiredService<SessionRegistration>()
                .RegisterAsync(u.Id, session.ActivityId, session.SessionId, new ConsentInput(true), CancellationToken.None);
            ids.Add(r.Registration!.Id);
        }
        await Task.WhenAll(users.Take(2).Select((u, i) => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RegistrationCancellation>().CancelAsync(u.Id, ids[i], CancellationToken.None);
        })));

        var statuses = await factory.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session.SessionId)
            .OrderBy(r => r.Id).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted], statuses);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => s.ConfirmedCount).FirstAsync()));
    }
}
