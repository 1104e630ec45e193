namespace Enbek.Domain.Organisations;

/// <summary>
/// A tenant-owned record addressed to another organisation (a lender, a guarantor, another center),
/// which may read and answer it besides the owner's scope.
/// </summary>
public interface IAddressed
{
    long AddresseeId { get; set; }
}
