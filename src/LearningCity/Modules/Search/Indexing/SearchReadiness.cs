using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningCity.Modules.Search.Indexing;

/// <summary>
/// Part of /health/ready: a node is ready for visitors once its index has caught up with the change log (after a
/// rebuild at start, that can take minutes) and its search code has been warmed (<see cref="Querying.SearchWarmup"/>).
/// A load balancer then sends no one to a node that would answer searches with an empty or half-built index. Until then the
/// check is Degraded (logged as a warning, not an error), which /health/ready answers with 503.
/// </summary>
internal sealed class SearchReadiness : IHealthCheck
{
    private volatile string _state = "catching up with the change log";
    private volatile bool _ready;

    public bool IsReady => _ready;

    /// <summary>How many searches the warm-up ran (0 when it was turned off or the index was empty).</summary>
    public int WarmupSearches { get; private set; }

    public void Warming() => _state = "warming up";

    public void Ready(int warmupSearches)
    {
        WarmupSearches = warmupSearches;
        _ready = true;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("search index " + _state));
}
