using Enbek.Domain.Common;
using Enbek.Domain.Registry;

namespace Enbek.Application.Registry.Persons;

/// <summary>A line of the person list; the IIN is masked unless the actor's center holds the person.</summary>
public sealed record PersonRow(
    long Id, string Iin, string FullName, string NameKey, DateOnly BirthDate, Sex Sex, EmploymentStatus Status, DateOnly StatusSince,
    DateOnly RegisteredOn, long CenterId, LocalisedName CenterName, bool IsVoided);
