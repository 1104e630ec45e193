namespace Enbek.Domain.Common;

public enum Sex
{
    Male,
    Female,
}
