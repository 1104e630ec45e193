using Enbek.Domain.Common;
using Enbek.Domain.Organisations;

namespace Enbek.Domain.Registry;

/// <summary>
/// A person registered at an employment center: one per IIN in the whole country, held by one center
/// at a time (the tenant). Mistakes are corrected or voided with a reason, never deleted.
/// </summary>
public class Person : CenterOwnedRecord
{
    public long Id { get; set; }


    /// <summary>Twelve digits, kept as text: a char(12) column compared with a text parameter loses its index.</summary>
    public required string Iin { get; set; }
    public required string Surname { get; set; }
    public required string FirstName { get; set; }
    public string? Patronymic { get; set; }

    /// <summary><see cref="PersonNameKey"/> of the full name, kept by the application on every change.</summary>
    public string NameKey { get; set; } = string.Empty;
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public long? AddressRegionId { get; set; }
    public long? AddressDistrictId { get; set; }
    public long? AddressSettlementId { get; set; }
    public string? AddressStreet { get; set; }
    public string? AddressHouse { get; set; }

    public EducationLevel Education { get; set; }
    public bool HasDisability { get; set; }
    public bool IsLowIncomeFamily { get; set; }
    public bool IsKandas { get; set; }

    /// <summary>The latest dated status; the dated history is in <see cref="EmploymentStatusChange"/>.</summary>
    public EmploymentStatus Status { get; set; }
    public DateOnly StatusSince { get; set; }

    public DateOnly RegisteredOn { get; set; }

    /// <summary>Since when the current center holds the person (the registration, or the accepted transfer).</summary>
    public DateOnly HeldSince { get; set; }

    public DateOnly ConsentGivenOn { get; set; }
    public ConsentForm ConsentForm { get; set; }
    public long? ConsentTakenByUserId { get; set; }
    public required string ConsentTakenByName { get; set; }

    public bool IsVoided { get; set; }
    public string? VoidReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<FamilyMember> FamilyMembers { get; set; } = [];

    public string FullName => string.IsNullOrWhiteSpace(Patronymic) ? $"{Surname} {FirstName}" : $"{Surname} {FirstName} {Patronymic}";

    /// <summary>Sets the name and the search key together, so the two never disagree.</summary>
    public void Rename(string surname, string firstName, string? patronymic)
    {
        Surname = surname.Trim();
        FirstName = firstName.Trim();
        Patronymic = string.IsNullOrWhiteSpace(patronymic) ? null : patronymic.Trim();
        NameKey = PersonNameKey.Of(Surname, FirstName, Patronymic);
    }

    /// <summary>A new dated status; the person's current status follows the latest date.</summary>
    public EmploymentStatusChange ChangeStatus(EmploymentStatus status, DateOnly since, string? note, DateTimeOffset recordedAt)
    {
        if (since >= StatusSince)
        {
            Status = status;
            StatusSince = since;
        }

        return new EmploymentStatusChange
        {
            PersonId = Id,
            Person = this,
            CenterId = CenterId,
            Status = status,
            Since = since,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedAt = recordedAt,
        };
    }

    /// <summary>
    /// The status the applicant's category declares on applying becomes a dated status, from the
    /// application date, when it differs from the current one; null when nothing changes.
    /// </summary>
    public EmploymentStatusChange? DeclareOnApplying(ApplicantCategory category, DateOnly appliedOn, DateTimeOffset recordedAt) =>
        category.DeclaredStatus() is { } declared && declared != Status ? ChangeStatus(declared, appliedOn, null, recordedAt) : null;

    /// <summary>A wrongly typed IIN is corrected, never re-entered as a new person; the audit keeps the old one.</summary>
    public void CorrectIin(Iin corrected)
    {
        Iin = corrected.Value;
        BirthDate = corrected.BirthDate;
        Sex = corrected.Sex;
    }

    public void Void(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to void a registration.", nameof(reason));
        }

        IsVoided = true;
        VoidReason = reason.Trim();
    }
}
