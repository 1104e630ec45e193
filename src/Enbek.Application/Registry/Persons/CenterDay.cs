namespace Enbek.Application.Registry.Persons;

/// <summary>What waits for a center's clerks today, counted within the center's own records.</summary>
public sealed record CenterDay(
    int TransfersToAnswer, int TransfersOverdue, int TransfersAsked, int PersonsHeld, int RegisteredThisMonth,
    int ApplicationsWithoutDecision, int ContractsEndingSoon);
