using LearningCity.Modules.Booster.Data;
using LearningCity.Modules.Booster.Public;
using LearningCity.Modules.Booster.Registrations;
using LearningCity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningCity.Tests.Booster;

/// <summary>
/// The shared seat contract (<see cref="ISeats"/>) on a kind of its own, as the Academy and the Festival will use it:
/// capacity, waitlist order, promotion, no double booking, and independence from the Booster's sessions.
/// </summary>
public sealed class SeatContractTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string TestKind = "test-cohort";
    private static int _next;

    private static SeatedThing NewThing() => new(TestKind, Interlocked.Increment(ref _next));

    private async Task<T> SeatsAsync<T>(Func<ISeats, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ISeats>());
    }

    private Task<SeatTaking> TakeAsync(SeatedThing thing, TestUser user) => SeatsAsync(s => s.TakeAsync(thing, user.Id, CancellationToken.None));

    private Task<SeatRelease> ReleaseAsync(SeatedThing thing, TestUser user) => SeatsAsync(s => s.ReleaseAsync(thing, user.Id, CancellationToken.None));

    private Task<SeatCount?> CountAsync(SeatedThing thing) => SeatsAsync(s => s.CountAsync(thing, CancellationToken.None));

    private Task<SeatHold?> HoldOfAsync(SeatedThing thing, TestUser user) => SeatsAsync(s => s.HoldOfAsync(thing, user.Id, CancellationToken.None));

    private async Task<SeatedThing> ThingWithCapacityAsync(int capacity)
    {
        var thing = NewThing();
        Assert.True(await SeatsAsync(s => s.SetCapacityAsync(thing, capacity, CancellationToken.None)));
        return thing;
    }

    private async Task<List<TestUser>> PeopleAsync(int count)
    {
        var people = new List<TestUser>();
        for (var i = 0; i < count; i++) people.Add(await factory.CreateAsync());
        return people;
    }

    [Fact]
    public async Task Forty_simultaneous_takes_of_ten_places_confirm_ten_and_queue_thirty_in_distinct_positions()
    {
        var thing = await ThingWithCapacityAsync(10);
        var people = await PeopleAsync(40);

        using var start = new SemaphoreSlim(0);
        var takes = people.Select(p => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var seats = scope.ServiceProvider.GetRequiredService<ISeats>();
            await start.WaitAsync();
            return await seats.TakeAsync(thing, p.Id, CancellationToken.None);
        })).ToList();
        start.Release(people.Count);
        var results = await Task.WhenAll(takes);

        Assert.Equal(10, results.Count(r => r.Outcome == SeatTakeOutcome.Confirmed));
        Assert.Equal(30, results.Count(r => r.Outcome == SeatTakeOutcome.Waitlisted));
        Assert.Equal(new SeatCount(10, 10, 30), await CountAsync(thing));
        Assert.Equal(10, await factory.WithDbAsync(db => db.SeatHoldings.CountAsync(h => h.Kind == TestKind && h.ItemId == thing.Id && h.Status == SeatHoldingStatus.Confirmed)));
        var positions = new List<int>();
        foreach (var p in people)
            if (await HoldOfAsync(thing, p) is { State: SeatState.Waitlisted, WaitlistPosition: { } position }) positions.Add(position);
        Assert.Equal(Enumerable.Range(1, 30), positions.Order());
    }

    [Fact]
    public async Task Releasing_a_confirmed_place_promotes_the_first_in_the_queue_and_says_who()
    {
        var thing = await ThingWithCapacityAsync(2);
        var (a, b, c, d) = await FourAsync();
        foreach (var p in new[] { a, b, c, d }) await TakeAsync(thing, p);
        Assert.Equal(2, (await HoldOfAsync(thing, d))!.WaitlistPosition);

        var release = await ReleaseAsync(thing, a);

        Assert.True(release.Released);
        Assert.Equal(SeatState.Confirmed, release.Was);
        Assert.Equal(c.Id, release.Promoted!.HolderUserId);
        Assert.Equal(new SeatHold(release.Promoted.HoldId, SeatState.Confirmed, null), await HoldOfAsync(thing, c));
        Assert.Equal(1, (await HoldOfAsync(thing, d))!.WaitlistPosition);
        Assert.Null(await HoldOfAsync(thing, a));
        Assert.Equal(new SeatCount(2, 2, 1), await CountAsync(thing));
    }

    [Fact]
    public async Task Releasing_a_place_in_the_queue_promotes_nobody_and_releasing_with_nobody_waiting_frees_the_seat()
    {
        var thing = await ThingWithCapacityAsync(1);
        var (a, b, c, _) = await FourAsync();
        foreach (var p in new[] { a, b, c }) await TakeAsync(thing, p);

        var fromQueue = await ReleaseAsync(thing, b);
        Assert.Equal(new SeatRelease(true, SeatState.Waitlisted, null), fromQueue);
        Assert.Equal(1, (await HoldOfAsync(thing, c))!.WaitlistPosition);
        Assert.Equal(new SeatCount(1, 1, 1), await CountAsync(thing));

        Assert.Equal(c.Id, (await ReleaseAsync(thing, a)).Promoted!.HolderUserId);
        Assert.Null((await ReleaseAsync(thing, c)).Promoted);
        Assert.Equal(new SeatCount(1, 0, 0), await CountAsync(thing));
        Assert.False((await ReleaseAsync(thing, c)).Released);
        Assert.Equal(new SeatCount(1, 0, 0), await CountAsync(thing));
    }

    [Fact]
    public async Task A_person_holds_at_most_one_place_even_when_taking_ten_times_at_once()
    {
        var thing = await ThingWithCapacityAsync(5);
        var person = (await PeopleAsync(1))[0];

        using var start = new SemaphoreSlim(0);
        var takes = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var seats = scope.ServiceProvider.GetRequiredService<ISeats>();
            await start.WaitAsync();
            return await seats.TakeAsync(thing, person.Id, CancellationToken.None);
        })).ToList();
        start.Release(10);
        var results = await Task.WhenAll(takes);

        Assert.Equal(1, results.Count(r => r.Taken));
        Assert.Equal(9, results.Count(r => r.Outcome == SeatTakeOutcome.AlreadyHeld));
        Assert.Equal(new SeatCount(5, 1, 0), await CountAsync(thing));
        Assert.Equal(SeatTakeOutcome.AlreadyHeld, (await TakeAsync(thing, person)).Outcome);
    }

    [Fact]
    public async Task A_person_who_released_and_takes_again_goes_to_the_end_of_the_queue()
    {
        var thing = await ThingWithCapacityAsync(1);
        var (a, b, c, _) = await FourAsync();
        foreach (var p in new[] { a, b, c }) await TakeAsync(thing, p);
        await ReleaseAsync(thing, b);

        var again = await TakeAsync(thing, b);

        Assert.Equal(SeatTakeOutcome.Waitlisted, again.Outcome);
        Assert.Equal(2, (await HoldOfAsync(thing, b))!.WaitlistPosition);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SeatHoldings.CountAsync(h => h.Kind == TestKind && h.ItemId == thing.Id && h.HolderUserId == b.Id)));
    }

    [Fact]
    public async Task Capacity_cannot_drop_below_the_seats_taken_and_a_thing_without_places_takes_nobody()
    {
        var thing = await ThingWithCapacityAsync(3);
        var (a, b, _, _) = await FourAsync();
        await TakeAsync(thing, a);
        await TakeAsync(thing, b);

        Assert.False(await SeatsAsync(s => s.SetCapacityAsync(thing, 1, CancellationToken.None)));
        Assert.True(await SeatsAsync(s => s.SetCapacityAsync(thing, 2, CancellationToken.None)));
        Assert.Equal(new SeatCount(2, 2, 0), await CountAsync(thing));

        var nowhere = NewThing();
        Assert.Equal(new SeatTaking(SeatTakeOutcome.NoSuchThing, null), await TakeAsync(nowhere, a));
        Assert.Null(await CountAsync(nowhere));
        await Assert.ThrowsAsync<ArgumentException>(() => TakeAsync(new SeatedThing("Not a kind!", 1), a));
    }

    [Fact]
    public async Task Another_kind_with_the_same_id_as_a_booster_session_is_counted_apart_from_it()
    {
        var session = await factory.AddSessionAsync(capacity: 1);
        var booster = new SeatedThing(SeatKinds.BoosterSession, session.SessionId);
        var cohort = new SeatedThing(TestKind, session.SessionId + 1_000_000);
        Assert.True(await SeatsAsync(s => s.SetCapacityAsync(cohort, 1, CancellationToken.None)));
        var (a, b, _, _) = await FourAsync();

        await factory.WithScopeAsync(s => s.GetRequiredService<SessionRegistration>()
            .RegisterAsync(a.Id, session.ActivityId, session.SessionId, new ConsentInput(true), CancellationToken.None));
        Assert.Equal(SeatTakeOutcome.Confirmed, (await TakeAsync(cohort, b)).Outcome);
        Assert.Equal(SeatTakeOutcome.Waitlisted, (await TakeAsync(cohort, a)).Outcome);

        Assert.Equal(new SeatCount(1, 1, 0), await CountAsync(booster));
        Assert.Equal(new SeatCount(1, 1, 1), await CountAsync(cohort));
        Assert.Equal(SeatState.Confirmed, (await HoldOfAsync(booster, a))!.State);
        Assert.Null(await HoldOfAsync(booster, b));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActivitySessions.Where(s => s.Id == session.SessionId).Select(s => s.ConfirmedCount).FirstAsync()));
    }

    [Fact]
    public async Task Booster_session_seats_are_taken_only_through_the_boosters_registration()
    {
        var session = await factory.AddSessionAsync(capacity: 5);
        var booster = new SeatedThing(SeatKinds.BoosterSession, session.SessionId);
        var (a, _, _, _) = await FourAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => TakeAsync(booster, a));
        await Assert.ThrowsAsync<InvalidOperationException>(() => SeatsAsync(s => s.SetCapacityAsync(booster, 9, CancellationToken.None)));
        Assert.Equal(new SeatCount(5, 0, 0), await CountAsync(booster));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session.SessionId)));
    }

    private async Task<(TestUser, TestUser, TestUser, TestUser)> FourAsync()
    {
        var p = await PeopleAsync(4);
        return (p[0], p[1], p[2], p[3]);
    }
}
