namespace Enbek.Domain.Organisations;

public enum CommissionPosition
{
    Chair,
    DeputyChair,
    Secretary,
    Member,
}
