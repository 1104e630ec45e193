using Enbek.Application.Common;

namespace Enbek.Application.Registry.Persons;

/// <summary>A registration's outcome: the new person, field errors, or the center that already holds the IIN.</summary>
public sealed record RegistrationResult(ServiceResult Result, long? PersonId, PersonHolder? HeldBy)
{
    public static RegistrationResult Failed(string field, string messageKey) => new(ServiceResult.Fail(field, messageKey), null, null);
}
