namespace Enbek.Bench.Measuring;

/// <summary>What the HTTP bench measures and for how long.</summary>
public sealed record HttpBenchSettings(
    string PortalConnection,
    Uri Portal,
    IReadOnlyList<Scenario> Scenarios,
    IReadOnlyList<string> Users,
    IReadOnlyList<int> Clients,
    int Runs,
    TimeSpan Duration,
    int? Requests,
    TimeSpan Warmup,
    TimeSpan PortalWarmup,
    int? PortalProcessId);
