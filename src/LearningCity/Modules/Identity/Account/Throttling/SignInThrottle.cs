using System.Collections.Concurrent;

namespace LearningCity.Modules.Identity.Account.Throttling;

/// <summary>
/// Slows down password and code guessing without letting anyone lock an account. Wrong attempts are counted per
/// account and client address: after a few free ones, that client waits twice as long before each next try (1 s, 2 s,
/// 4 s ... at most 15 minutes). Wrong attempts at one account from everywhere are counted too; past a higher threshold,
/// devices on which the owner has not signed in before wait the same way, while the owner's own devices
/// (<see cref="KnownDevices"/>) go on. The owner can also lift every wait with a link sent by e-mail. Addresses without an
/// account are counted exactly like real ones, so the answers never tell which addresses have an account.
/// Counters are kept in this node's memory (several nodes each count their share; the per-minute rate limit per
/// client bounds the total) and forgotten a day after the last attempt.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IConfiguration config)
{
    private readonly int _freePerClient = config.GetValue<int?>("SignIn:FreeAttemptsPerClient") ?? 5;
    private readonly int _freePerAccount = config.GetValue<int?>("SignIn:FreeAttemptsPerAccount") ?? 20;
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Forget = TimeSpan.FromDays(1);
    private const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private long _operations;

    private sealed record Counter(int Failures, DateTimeOffset Last);

    /// <summary>How long this client must still wait before it may try this account again; null when it may try now.</summary>
    public TimeSpan? WaitFor(string account, string client, bool knownDevice)
    {
        var now = time.GetUtcNow();
        var wait = Remaining(ClientKey(account, client), _freePerClient, now);
        if (!knownDevice && Remaining(AccountKey(account), _freePerAccount, now) is { } accountWait && (wait is null || accountWait > wait))
            wait = accountWait;
        return wait;
    }

    public void Failed(string account, string client)
    {
        var now = time.GetUtcNow();
        Count(ClientKey(account, client), now);
        Count(AccountKey(account), now);
        if (Interlocked.Increment(ref _operations) % 1000 == 0 || _counters.Count > MaxEntries) Prune(now);
    }

    /// <summary>A right password (and code) from this client: its own count starts again; the account's does not.</summary>
    public void Succeeded(string account, string client) => _counters.TryRemove(ClientKey(account, client), out _);

    /// <summary>The owner proved control of the mailbox (unlock link, password reset): every wait on the account ends.</summary>
    public void Clear(string account)
    {
        var prefix = ClientKey(account, "");
        _counters.TryRemove(AccountKey(account), out _);
        foreach (var key in _counters.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _counters.TryRemove(key, out _);
    }

    /// <summary>The client's address as the throttle counts it: the real one behind a trusted proxy.</summary>
    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string Normalize(string? email) => (email ?? "").Trim().ToUpperInvariant();

    private TimeSpan? Remaining(string key, int free, DateTimeOffset now)
    {
        if (!_counters.TryGetValue(key, out var counter) || counter.Failures < free) return null;
        var doublings = Math.Min(counter.Failures - free, 20);
        var wait = TimeSpan.FromSeconds(Math.Pow(2, doublings));
        if (wait > MaxWait) wait = MaxWait;
        var left = counter.Last + wait - now;
        return left > TimeSpan.Zero ? left : null;
    }

    private void Count(string key, DateTimeOffset now) =>
        _counters.AddOrUpdate(key, _ => new Counter(1, now),
            (_, c) => now - c.Last > Forget ? new Counter(1, now) : new Counter(c.Failures + 1, now));

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, counter) in _counters)
            if (now - counter.Last > Forget || (_counters.Count > MaxEntries && now - counter.Last > MaxWait))
                _counters.TryRemove(key, out _);
    }

    private static string AccountKey(string account) => "a|" + Normalize(account);

    private static string ClientKey(string account, string client) => "c|" + Normalize(account) + "|" + client;
}
