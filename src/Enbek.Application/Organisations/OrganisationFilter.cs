using Enbek.Domain.Organisations;

namespace Enbek.Application.Organisations;

/// <summary>Filters of the administrator's list of organisations.</summary>
public sealed class OrganisationFilter
{
    public OrganisationKind? Kind { get; set; }
    public long? RegionId { get; set; }

    /// <summary>Active only, inactive only, or both when null.</summary>
    public bool? Active { get; set; }

    /// <summary>A part of the name in any language, or the start of a BIN.</summary>
    public string? Query { get; set; }
}
