namespace Enbek.Domain.Registry;

/// <summary>The center's decision on an application: include the applicant as a participant, or refuse.</summary>
public enum ApplicationDecision
{
    Pending,
    Included,
    Refused,
}
