namespace Enbek.Domain.Organisations;

/// <summary>
/// The tenant columns of a record an employment center owns: the center, and the territory and scope
/// path the database copies from it (never from a form).
/// </summary>
public abstract class CenterOwnedRecord : ITenantOwned
{
    public long CenterId { get; set; }
    public long RegionId { get; set; }
    public long DistrictId { get; set; }
    public string ScopePath { get; set; } = string.Empty;
}
