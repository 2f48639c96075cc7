using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningCity.Tests.Security;

/// <summary>
/// Records every committed INSERT, UPDATE or DELETE that a tagged request (header <see cref="Header"/>) made through EF Core,
/// so a test can tell whether a refused request changed a row. Writes inside a transaction count only once it commits;
/// background services (no request) are not recorded.
/// </summary>
public sealed partial class RequestWriteLog(IHttpContextAccessor http) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public const string Header = "X-Test-Case";

    private readonly ConcurrentDictionary<DbTransaction, ConcurrentQueue<(string Tag, string Sql)>> _pending = new();
    private readonly ConcurrentQueue<(string Tag, string Sql)> _committed = new();

    public IReadOnlyList<string> WritesOf(string tag) => _committed.Where(w => w.Tag == tag).Select(w => w.Sql).ToList();

    // A statement run alone says how many rows it touched; one that touched none (a delete of nothing) changed nothing.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result != 0) Record(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result != 0) Record(command);
        return ValueTask.FromResult(result);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    // Npgsql reuses a connection's transaction object: a new transaction starts with nothing pending.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _pending.TryRemove(result, out _);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _pending.TryRemove(result, out _);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _pending.TryRemove(transaction, out _);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.TryRemove(transaction, out _);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _pending.TryRemove(transaction, out _);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending.TryRemove(transaction, out _);
        return Task.CompletedTask;
    }

    private void Record(DbCommand command)
    {
        var tag = http.HttpContext?.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(tag) || !Write().IsMatch(command.CommandText)) return;
        if (command.Transaction is { } transaction)
            _pending.GetOrAdd(transaction, _ => new()).Enqueue((tag, command.CommandText));
        else
            _committed.Enqueue((tag, command.CommandText));
    }

    private void Commit(DbTransaction transaction)
    {
        if (!_pending.TryRemove(transaction, out var writes)) return;
        foreach (var write in writes) _committed.Enqueue(write);
    }

    // A statement that starts with a write; "SELECT ... FOR UPDATE" is a lock, not a write.
    [GeneratedRegex(@"(^|;)\s*(INSERT|UPDATE|DELETE|MERGE|REPLACE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Write();
}
