namespace Enbek.Bench.Measuring;

/// <summary>The median figures of one way of serving a page, for one scenario, user and client count.</summary>
public sealed record Measurement(string Scenario, string User, int Clients, string Way, RunResult Result);
