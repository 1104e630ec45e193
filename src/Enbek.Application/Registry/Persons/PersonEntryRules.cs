using Enbek.Domain.Common;
using Enbek.Domain.Registry;
using Enbek.Domain.Registry.Rules;

namespace Enbek.Application.Registry.Persons;

/// <summary>
/// What a new registration must satisfy and the person it makes, whether it is typed into the form or
/// read from a file, so the two ways in never disagree. The address rule is <see cref="AddressFacts"/>;
/// which center already holds an IIN is <see cref="PersonHolderLookup"/>.
/// </summary>
internal static class PersonEntryRules
{
    /// <summary>The IIN must be valid and say the birth date and sex entered beside it.</summary>
    public static (string Field, string MessageKey)? IinProblem(RegisterPerson entry, out Iin iin)
    {
        if (!Iin.TryParse(entry.Iin, out iin))
        {
            return (nameof(entry.Iin), "The IIN is not valid: 12 digits with a correct check digit and birth date.");
        }

        return IinMatchesBirthDateAndSexRule.Evaluate(iin, entry.BirthDate, entry.Sex).IsPassed
            ? null
            : (nameof(entry.BirthDate), "The birth date or sex does not agree with the IIN.");
    }

    public static (string Field, string MessageKey)? ConsentProblem(RegisterPerson entry, DateOnly today) =>
        entry.ConsentGivenOn > today ? (nameof(entry.ConsentGivenOn), "The consent cannot be dated in the future.") : null;

    /// <summary>The person an entry registers at a center today, with its first dated status; the consent was taken by the clerk.</summary>
    public static (Person Person, EmploymentStatusChange Status) NewPerson(
        RegisterPerson entry, Iin iin, long centerId, DateOnly today, long? clerkId, string clerkName, DateTimeOffset now)
    {
        var person = new Person
        {
            CenterId = centerId,
            Iin = iin.Value,
            Surname = entry.Surname,
            FirstName = entry.FirstName,
            BirthDate = iin.BirthDate,
            Sex = iin.Sex,
            Phone = Clean(entry.Phone),
            Email = Clean(entry.Email),
            AddressRegionId = entry.AddressRegionId,
            AddressDistrictId = entry.AddressDistrictId,
            AddressSettlementId = entry.AddressSettlementId,
            AddressStreet = Clean(entry.AddressStreet),
            AddressHouse = Clean(entry.AddressHouse),
            Education = entry.Education,
            HasDisability = entry.HasDisability,
            IsLowIncomeFamily = entry.IsLowIncomeFamily,
            IsKandas = entry.IsKandas,
            RegisteredOn = today,
            HeldSince = today,
            ConsentGivenOn = entry.ConsentGivenOn,
            ConsentForm = entry.ConsentForm,
            ConsentTakenByUserId = clerkId,
            ConsentTakenByName = clerkName,
            CreatedAt = now,
        };
        person.Rename(entry.Surname, entry.FirstName, entry.Patronymic);
        return (person, person.ChangeStatus(entry.Status, entry.StatusSince, null, now));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
