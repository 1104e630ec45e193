namespace Enbek.Domain.Audit;

/// <summary>A sign-in attempt, kept as the account's login history.</summary>
public class LoginEvent
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public long? UserId { get; set; }
    public required string UserName { get; set; }
    public bool Succeeded { get; set; }
    public required string Outcome { get; set; }
    public string? RemoteAddress { get; set; }
}
