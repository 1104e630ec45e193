namespace Enbek.Domain.Registry;

public enum PersonTransferStatus
{
    Pending,
    Accepted,
    Refused,
}
