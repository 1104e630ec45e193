namespace Enbek.Domain.Organisations;

/// <summary>
/// A record owned by an employment center. The territory columns and the scope path are
/// denormalised from the center by the database, never taken from a form.
/// </summary>
public interface ITenantOwned
{
    long CenterId { get; set; }
    long RegionId { get; set; }
    long DistrictId { get; set; }
    string ScopePath { get; set; }
}
