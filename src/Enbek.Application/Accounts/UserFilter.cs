namespace Enbek.Application.Accounts;

/// <summary>Filters of the administrator's list of accounts.</summary>
public sealed class UserFilter
{
    public long? OrganisationId { get; set; }

    /// <summary>A part of the user name or of the full name.</summary>
    public string? Query { get; set; }

    /// <summary>Active only, inactive only, or both when null.</summary>
    public bool? Active { get; set; }
}
